import { reopen } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Återöppna: a closed item goes back to the queue. */
export const handleReopen: CardActionHandler = (deps, key, input) =>
  transitionAndRender(deps, key, input, 'reopen', (comment) =>
    reopen(comment, input.actor, deps.clock.now()),
  );
