import { claim } from '../../domain/comment-transitions';
import { transitionAndShow, type CardActionHandler } from './card-action';

/** Ta: exactly one of several simultaneous claims wins; the others see who has it. */
export const handleClaim: CardActionHandler = (deps, click) =>
  transitionAndShow(deps, click, (comment) => claim(comment, click.actor, click.now));
