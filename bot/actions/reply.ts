import { INPUTS } from '../../cards/comment-card';
import { textInput, type CardActionHandler } from './card-action';
import { publishOutgoing } from './publish-outgoing';

const MAX_DRAFT_LENGTH = 20_000;

/** Skicka: publishes the previewed draft (or the reply box's text), signed with the holder's name (P9). */
export const handleReply: CardActionHandler = (deps, click) => {
  const draft =
    textInput(click.data, 'draft', MAX_DRAFT_LENGTH) || textInput(click.data, INPUTS.reply, MAX_DRAFT_LENGTH);
  return publishOutgoing(deps, click, 'reply', draft);
};
