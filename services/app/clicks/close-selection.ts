import { AppError, isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { closeWithoutReply, isNoReplyReason } from '../../domain/comment-transitions';
import type { Person } from '../../domain/person';
import { commentKeyText, type CommentKey } from '../../domain/platform';
import { applyTransition, type CardActionDeps } from './card-action';

/** Comments closed in one go at most: a selection in the tab's queue, not the whole queue. */
export const LARGEST_SELECTION = 100;

export interface SelectionClosed {
  readonly closed: number;
  /** Those left as they were, each with why (taken or changed meanwhile, a Messenger item outside the contact centre). */
  readonly refused: readonly { readonly comment: string; readonly code: string }[];
}

/**
 * Stäng valda utan svar, in the overview tab: each comment of a trained person's selection is closed with the one
 * reason chosen, through the same transition as a single close (its own history line, its reminders and its
 * conversation's figures following). One someone took or changed meanwhile is left as it is and named; a Messenger
 * item only by the contact centre (P7). The cards are redrawn after, in their turn under Teams' limits. The caller
 * has checked that the actor is trained (P11), as the tab checks its viewer.
 */
export async function closeSelection(
  deps: CardActionDeps,
  actor: Person,
  keys: readonly CommentKey[],
  reason: unknown,
  /** Whether the actor is the contact centre's, as the tab sees them (everyone is, in local mode). */
  contactCentre = deps.access.isContactCentre(actor),
): Promise<SelectionClosed> {
  if (!isNoReplyReason(reason) || reason === 'other') throw new AppError('action_invalid', 'Unknown reason');
  if (keys.length === 0 || keys.length > LARGEST_SELECTION)
    throw new AppError('action_invalid', 'Choose between one and a hundred comments');
  const now = deps.clock.now();
  const closed: StoredComment[] = [];
  const refused: { comment: string; code: string }[] = [];
  const unique = [...new Map(keys.map((key) => [commentKeyText(key), key])).values()];
  try {
    for (const key of unique) {
      if (key.platform === 'messenger' && !contactCentre) {
        refused.push({ comment: commentKeyText(key), code: 'outside_contact_centre' });
        continue;
      }
      try {
        const outcome = await applyTransition(deps, key, (current) =>
          closeWithoutReply(current, actor, reason, '', now),
        );
        if (outcome.ok && outcome.changed) closed.push(outcome.comment);
        else if (!outcome.ok) refused.push({ comment: commentKeyText(key), code: outcome.error.code });
      } catch (error) {
        // Not stored (or purged): named; storage failing stops the rest of the selection, as it would a click.
        if (!isAppError(error, 'comment_not_found')) throw error;
        refused.push({ comment: commentKeyText(key), code: error.code });
      }
    }
  } finally {
    deps.logger.info(
      { event: 'tab.close_selection', closed: closed.length, refused: refused.length },
      'closed',
    );
    // Those closed are redrawn whatever stopped the rest.
    void (async () => {
      for (const done of closed) await deps.updater.refresh(done);
    })();
  }
  return { closed: closed.length, refused };
}
