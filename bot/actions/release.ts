import { release } from '../../services/domain/comment-transitions';
import { applyTransition, noticeFor, type CardActionHandler } from './card-action';

/** Släpp: the holder gives the comment back to the queue. */
export const handleRelease: CardActionHandler = async (deps, key, { actor }) => {
  const outcome = await applyTransition(deps, key, (comment) => release(comment, actor, deps.clock.now()));
  if (!outcome.ok) {
    deps.logger.info({ event: 'card.release.rejected', code: outcome.error.code }, 'release refused');
    return deps.renderer.render(outcome.comment, { notice: noticeFor(outcome.error) });
  }
  if (outcome.changed) {
    deps.logger.info({ event: 'card.released', platform: key.platform }, 'comment released');
    await deps.updater.refresh(outcome.comment);
  }
  return deps.renderer.render(outcome.comment);
};
