import { takeOver } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Ta över: someone takes a comment another person holds; the card names the previous holder. */
export const handleTakeOver: CardActionHandler = (deps, key, input) =>
  transitionAndRender(deps, key, input, 'take_over', (comment) =>
    takeOver(comment, input.actor, deps.clock.now()),
  );
