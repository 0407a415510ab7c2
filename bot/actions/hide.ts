import type { CardActionHandler } from './card-action';
import { moderateComment } from './moderate-comment';

/** Dölj: hides the comment on the platform, with a reason; the card says who hid it and why. */
export const handleHide: CardActionHandler = (deps, key, { actor, data, strings }) =>
  moderateComment(deps, key, actor, 'hidden', data, strings);
