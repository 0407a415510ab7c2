import type { CardActionHandler } from './card-action';
import { publishOutgoing } from './publish-outgoing';

/** Kräver ärende → Hänvisa (P5): publishes the account's referral to the ordinary channels; the item closes. */
export const handleRefer: CardActionHandler = (deps, click) => publishOutgoing(deps, click, 'referral', '');
