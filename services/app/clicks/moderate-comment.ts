import { INPUTS } from '../../../cards/card-verbs';
import { AppError, isAppError } from '../../domain/app-error';
import { assertCanModerate, isModerationReason, moderate } from '../../domain/moderation-transitions';
import type { ModerationReason } from '../../domain/workflow';
import type { StoredComment } from '../../domain/comment';
import { requestRemoval } from '../../domain/teamwork-transitions';
import {
  applyTransition,
  currentComment,
  noticeFor,
  transitionAndShow,
  type CardActionDeps,
  type Click,
  type ClickResult,
} from './card-action';

/**
 * Dölj / Ta bort (BBS-lagen 5 §): the comment as it was is already kept in the store, and its images and videos are
 * copied into the city's Blob Storage; the platform is asked to hide or delete it, and only when it has, the card
 * records who did it and why, with a copy of the comment.
 */
export async function moderateComment(
  deps: CardActionDeps,
  click: Click,
  action: 'hidden' | 'removed',
  approving?: StoredComment,
): Promise<ClickResult> {
  const asked = approving?.state === 'awaiting_approval' ? approving.approval : undefined;
  const reason = asked?.kind === 'removal' ? asked.reason : click.data[INPUTS.moderationReason];
  if (!isModerationReason(reason)) throw new AppError('action_invalid', 'Unknown moderation reason');
  const current = approving ?? (await currentComment(deps, click.key));
  let media = current.media;
  try {
    if (action === 'removed' && !approving && click.data[INPUTS.removeConfirm] !== 'true') {
      throw new AppError('moderation_unconfirmed', 'Removal needs its confirmation');
    }
    // An approver acts on what the one who asked holds.
    assertCanModerate(current, action, click.now, approving?.holder ?? click.actor);
    // A removal cannot be undone: someone under training asks an approver or an admin to do it.
    if (action === 'removed' && !approving && (await deps.access.isTrainee(click.actor))) {
      return askForRemoval(deps, click, reason);
    }
    // The evidence first: once hidden or removed, the platform may no longer serve the image.
    if (deps.media && media?.some((m) => m.url && !m.kept)) media = await deps.media.keep(current);
    if (action === 'hidden') await deps.moderator.hide(current);
    else await deps.moderator.remove(current);
  } catch (error) {
    click.logger.info(
      { event: `card.${action}.rejected`, code: isAppError(error) ? error.code : 'unexpected' },
      'moderation not done',
    );
    return { comment: current, notice: noticeFor(error, click.strings) };
  }
  return transitionAndShow(deps, click, (comment) =>
    moderate(media ? { ...comment, media } : comment, click.actor, action, reason, deps.clock.now()),
  );
}

/** The trainee's removal, waiting on the card for an approver; the approvers are told in its thread. */
async function askForRemoval(
  deps: CardActionDeps,
  click: Click,
  reason: ModerationReason,
): Promise<ClickResult> {
  const outcome = await applyTransition(deps, click.key, (comment) =>
    requestRemoval(comment, click.actor, reason, click.now),
  );
  if (!outcome.ok) {
    click.logger.info({ event: 'card.removed.rejected', code: outcome.error.code }, 'approval not asked');
    return { comment: outcome.comment, notice: noticeFor(outcome.error, click.strings) };
  }
  click.logger.info({ event: 'card.removed.for_approval' }, 'removal waits for approval');
  await deps.updater.refresh(outcome.comment);
  if (outcome.changed) await deps.teamwork?.approvalWanted(outcome.comment);
  return {
    comment: outcome.comment,
    notice: { tone: 'good', text: click.strings.teamwork.removalForApproval },
  };
}
