import { takeOver } from '../../domain/comment-transitions';
import { transitionAndShow, type CardActionHandler } from './card-action';

/** Ta över: someone takes a comment another person holds; the card names the previous holder. */
export const handleTakeOver: CardActionHandler = (deps, click) =>
  transitionAndShow(deps, click, (comment) => takeOver(comment, click.actor, click.now));
