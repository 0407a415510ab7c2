import { INPUTS } from '../../cards/comment-card';
import { textInput, type CardActionHandler } from './card-action';
import { publishOutgoing } from './publish-outgoing';

const MAX_DRAFT_LENGTH = 20_000;

/** Skicka: publishes the previewed draft (or the reply box's text), signed with the holder's name (P9). */
export const handleReply: CardActionHandler = (deps, key, { actor, data, strings }) => {
  const draft = textInput(data, 'draft', MAX_DRAFT_LENGTH) || textInput(data, INPUTS.reply, MAX_DRAFT_LENGTH);
  return publishOutgoing(deps, key, actor, 'reply', draft, strings);
};
