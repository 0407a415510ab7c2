import type { CardActionHandler } from './card-action';
import { moderateComment } from './moderate-comment';

/** Dölj: hides the comment on the platform, with a reason; the card says who hid it and why. */
export const handleHide: CardActionHandler = (deps, click) => moderateComment(deps, click, 'hidden');
