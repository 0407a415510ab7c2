import { isAppError } from '../../domain/app-error';
import { unhide } from '../../domain/moderation-transitions';
import { currentComment, noticeFor, transitionAndShow, type CardActionHandler } from './card-action';

/** Visa igen: shows a comment hidden from the card again on the platform; the item goes back to the queue. */
export const handleUnhide: CardActionHandler = async (deps, click) => {
  const current = await currentComment(deps, click.key);
  try {
    unhide(current, click.actor, click.now);
    await deps.moderator.unhide(current);
  } catch (error) {
    click.logger.info(
      { event: 'card.unhide.rejected', code: isAppError(error) ? error.code : 'unexpected' },
      'not shown again',
    );
    return { comment: current, notice: noticeFor(error, click.strings) };
  }
  return transitionAndShow(deps, click, (comment) => unhide(comment, click.actor, click.now));
};
