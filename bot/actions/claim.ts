import { claim } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Ta: exactly one of several simultaneous claims wins; the others see who has it. */
export const handleClaim: CardActionHandler = (deps, key, input) =>
  transitionAndRender(deps, key, input, 'claim', (comment) => claim(comment, input.actor, deps.clock.now()));
