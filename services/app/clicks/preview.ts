import { INPUTS } from '../../../cards/card-verbs';
import { beginSend } from '../../domain/comment-transitions';
import { PLAINER_WORDS } from '../../../cards/locale/plainer-words';
import { adviseOn } from '../../domain/plain-language/advise';
import { REPLY_LIMITS, replyLength } from '../../domain/text-limits';
import { currentComment, noticeFor, textInput, type CardActionHandler } from './card-action';
import { composeOutgoing } from './publish-outgoing';

const MAX_DRAFT_LENGTH = 20_000;

/**
 * Förhandsgranska: shows the writer exactly what will be posted — the draft with their signature — and how many
 * characters the platform still allows, with the klarspråk help on it (advice only). Nothing is stored or sent;
 * "Skicka" on the preview does that, with the text as written.
 */
export const handlePreview: CardActionHandler = async (deps, click) => {
  const draft = textInput(click.data, INPUTS.reply, MAX_DRAFT_LENGTH);
  const comment = await currentComment(deps, click.key);
  try {
    const signedText = composeOutgoing(deps, comment, click.actor, 'reply', draft);
    beginSend(comment, click.actor, 'reply', signedText, draft, click.now);
    const charactersLeft = REPLY_LIMITS[comment.platform] - replyLength(comment.platform, signedText);
    const advice = adviseOn(draft, signedText, comment, PLAINER_WORDS);
    return { comment, preview: { draft: draft.trim(), signedText, charactersLeft, advice } };
  } catch (error) {
    return { comment, notice: noticeFor(error, click.strings), draft };
  }
};
