import { claim } from '../../services/domain/comment-transitions';
import { applyTransition, noticeFor, type CardActionHandler } from './card-action';

/** Ta: exactly one of several simultaneous claims wins; the others see who has it. */
export const handleClaim: CardActionHandler = async (deps, key, { actor }) => {
  const outcome = await applyTransition(deps, key, (comment) => claim(comment, actor));
  if (!outcome.ok) {
    deps.logger.info({ event: 'card.claim.rejected', code: outcome.error.code }, 'claim refused');
    return deps.renderer.render(outcome.comment, { notice: noticeFor(outcome.error) });
  }
  if (outcome.changed) {
    deps.logger.info({ event: 'card.claimed', platform: key.platform }, 'comment claimed');
    await deps.updater.refresh(outcome.comment);
  }
  return deps.renderer.render(outcome.comment);
};
