import { openCase } from '../../domain/comment-transitions';
import { transitionAndShow, type CardActionHandler } from './card-action';

/** Kräver ärende → Handläggs här (P6): the case officer handles it here; it closes only with a Platina reference. */
export const handleOpenCase: CardActionHandler = (deps, click) =>
  transitionAndShow(deps, click, (comment) => openCase(comment, click.actor, click.now));
