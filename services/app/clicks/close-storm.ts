import { INPUTS } from '../../../cards/card-verbs';
import { AppError, isAppError } from '../../domain/app-error';
import { closeWithoutReply, isNoReplyReason } from '../../domain/comment-transitions';
import { currentComment, type CardActionHandler } from './card-action';

/** Later than any comment's arrival: the post's count includes every comment on it. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

/**
 * Stäng öppna utan svar, on a storm's card: every comment on the post that is still open and that nobody holds is
 * closed with the one reason chosen, each by its own conditional write with its own history line, and its card
 * redrawn. One someone took meanwhile is left to them. The storm's card answers with how many were closed.
 */
export const handleCloseStorm: CardActionHandler = async (deps, click) => {
  const reason = click.data[INPUTS.noReplyReason];
  if (!isNoReplyReason(reason) || reason === 'other') throw new AppError('action_invalid', 'Unknown reason');
  const comment = await currentComment(deps, click.key);
  const open = (await deps.store.listOpen()).filter(
    (c) => c.platform === comment.platform && c.postId === comment.postId && c.state === 'open' && !c.holder,
  );
  let closed = 0;
  for (const item of open) {
    const written = await deps.store
      .mutate(item, (current) => closeWithoutReply(current, click.actor, reason, '', click.now))
      .catch((error: unknown) => {
        // Taken or changed meanwhile: the one who has it decides.
        if (isAppError(error)) return undefined;
        throw error;
      });
    if (!written?.changed) continue;
    closed += 1;
    await deps.updater.refresh(written.value);
  }
  click.logger.info({ event: 'card.close_storm', count: closed }, 'storm closed');
  // The storm's card as the thread shows it (its figures since the storm began), with what this close did.
  const since =
    (await deps.storms?.get(comment.platform, comment.postId))?.value.startedAt ?? comment.receivedAt;
  const count = await deps.store.countOnPostBefore({ ...comment, receivedAt: END_OF_TIME }, since);
  return {
    comment,
    card: deps.renderer.renderStorm(comment, since, count, {
      count: closed,
      reason: click.strings.noReplyReasons[reason],
    }),
  };
};
