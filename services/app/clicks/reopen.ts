import { reopen } from '../../domain/comment-transitions';
import { transitionAndShow, type CardActionHandler } from './card-action';

/** Återöppna: a closed item goes back to the queue. */
export const handleReopen: CardActionHandler = (deps, click) =>
  transitionAndShow(deps, click, (comment) => reopen(comment, click.actor, click.now));
