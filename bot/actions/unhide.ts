import { isAppError } from '../../services/domain/app-error';
import { unhide } from '../../services/domain/comment-transitions';
import { currentComment, noticeFor, transitionAndRender, type CardActionHandler } from './card-action';

/** Visa igen: shows a comment hidden from the card again on the platform; the item goes back to the queue. */
export const handleUnhide: CardActionHandler = async (deps, key, input) => {
  const current = await currentComment(deps, key);
  try {
    unhide(current, input.actor, deps.clock.now());
    await deps.moderator.unhide(current);
  } catch (error) {
    deps.logger.info(
      { event: 'card.unhide.rejected', code: isAppError(error) ? error.code : 'unexpected' },
      'not shown again',
    );
    return deps.renderer.render(current, {
      notice: noticeFor(error, input.strings),
      ...(input.strings ? { strings: input.strings } : {}),
    });
  }
  return transitionAndRender(deps, key, input, 'unhide', (comment) =>
    unhide(comment, input.actor, deps.clock.now()),
  );
};
