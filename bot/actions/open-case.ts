import { openCase } from '../../services/domain/comment-transitions';
import { transitionAndRender, type CardActionHandler } from './card-action';

/** Kräver ärende → Handläggs här (P6): the case officer handles it here; it closes only with a Platina reference. */
export const handleOpenCase: CardActionHandler = (deps, key, { actor }) =>
  transitionAndRender(deps, key, 'open_case', (comment) => openCase(comment, actor, deps.clock.now()));
