import type { CardActionHandler } from './card-action';
import { publishOutgoing } from './publish-outgoing';

/** Vi har sett din kommentar (P4): one click publishes the account's holding reply, signed; the item stays open. */
export const handleAcknowledge: CardActionHandler = (deps, click) =>
  publishOutgoing(deps, click, 'holding_reply', '');
