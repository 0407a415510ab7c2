import { release } from '../../domain/comment-transitions';
import { transitionAndShow, type CardActionHandler } from './card-action';

/** Släpp: the holder gives the comment back to the queue. */
export const handleRelease: CardActionHandler = (deps, click) =>
  transitionAndShow(deps, click, (comment) => release(comment, click.actor, click.now));
