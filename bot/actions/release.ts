import { release } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Släpp: the holder gives the comment back to the queue. */
export const handleRelease: CardActionHandler = (deps, key, input) =>
  transitionAndRender(deps, key, input, 'release', (comment) =>
    release(comment, input.actor, deps.clock.now()),
  );
