import { openCase } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Kräver ärende → Handläggs här (P6): the case officer handles it here; it closes only with a Platina reference. */
export const handleOpenCase: CardActionHandler = (deps, key, input) =>
  transitionAndRender(deps, key, input, 'open_case', (comment) =>
    openCase(comment, input.actor, deps.clock.now()),
  );
