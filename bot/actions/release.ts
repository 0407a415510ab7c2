import { release } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Släpp: the holder gives the comment back to the queue. */
export const handleRelease: CardActionHandler = (deps, key, { actor }) =>
  transitionAndRender(deps, key, 'release', (comment) => release(comment, actor, deps.clock.now()));
