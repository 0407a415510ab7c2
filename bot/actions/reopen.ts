import { reopen } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Återöppna: a closed item goes back to the queue. */
export const handleReopen: CardActionHandler = (deps, key, { actor }) =>
  transitionAndRender(deps, key, 'reopen', (comment) => reopen(comment, actor, deps.clock.now()));
