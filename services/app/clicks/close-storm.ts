import { INPUTS } from '../../../cards/card-verbs';
import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { closeWithoutReply, isNoReplyReason } from '../../domain/comment-transitions';
import { commentsOnPostSince } from '../posting/card-placement';
import { applyTransition, type CardActionHandler } from './card-action';

/**
 * Stäng öppna utan svar, on a storm's card: every comment on the post that is still open and that nobody holds is
 * closed with the one reason chosen, each through the same transition as a single close (its own history line, its
 * reminders and its conversation's figures following). One someone took meanwhile is left to them. The click is
 * answered at once; the closed comments' cards are redrawn after, in their turn under Teams' limits.
 */
export const handleCloseStorm: CardActionHandler = async (deps, click) => {
  const reason = click.data[INPUTS.noReplyReason];
  if (!isNoReplyReason(reason) || reason === 'other') throw new AppError('action_invalid', 'Unknown reason');
  // The card names its post by a keyed id (the post may be a resident's own): its comments are found by it.
  const onPost = (c: StoredComment) =>
    c.platform === click.key.platform &&
    deps.keyedIds({ platform: c.platform, commentId: c.postId }) === click.key.commentId;
  const open = (await deps.store.listOpen()).filter((c) => onPost(c) && c.state === 'open' && !c.holder);
  const comment = open[0];
  if (!comment) throw new AppError('storm_nothing_open', 'Nothing on the post is open and free');
  const closed: StoredComment[] = [];
  for (const item of open) {
    // A refusal (taken, closed or changed meanwhile) leaves that one to whoever has it; storage failing stops here.
    const outcome = await applyTransition(deps, item, (current) =>
      closeWithoutReply(current, click.actor, reason, '', click.now),
    );
    if (outcome.ok && outcome.changed) closed.push(outcome.comment);
  }
  click.logger.info({ event: 'card.close_storm', count: closed.length }, 'storm closed');
  void (async () => {
    for (const done of closed) await deps.updater.refresh(done);
  })();
  // The storm's card as the thread shows it (its figures since the storm began), with what this close did.
  const since =
    (await deps.storms?.get(comment.platform, comment.postId))?.value.startedAt ?? comment.receivedAt;
  const count = await commentsOnPostSince(deps.store, comment, since);
  return {
    comment,
    card: deps.renderer.renderStorm(
      comment,
      since,
      count,
      { count: closed.length, reason: click.strings.noReplyReasons[reason] },
      click.strings.locale,
    ),
  };
};
