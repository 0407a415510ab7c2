import type { CardActionHandler } from './card-action';
import { moderateComment } from './moderate-comment';

/** Ta bort: deletes the comment on the platform; needs the second confirmation on the card. */
export const handleRemove: CardActionHandler = (deps, click) => moderateComment(deps, click, 'removed');
