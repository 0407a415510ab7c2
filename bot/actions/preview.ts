import { INPUTS } from '../../cards/comment-card';
import { beginSend } from '../../services/domain/comment-transitions';
import { REPLY_LIMITS, replyLength } from '../../services/domain/text-limits';
import { currentComment, noticeFor, textInput, type CardActionHandler } from './card-action';
import { composeOutgoing } from './publish-outgoing';

const MAX_DRAFT_LENGTH = 20_000;

/**
 * Förhandsgranska: shows the writer exactly what will be posted — the draft with their signature — and how many
 * characters the platform still allows. Nothing is stored or sent; "Skicka" on the preview does that.
 */
export const handlePreview: CardActionHandler = async (deps, key, { actor, data, strings }) => {
  const language = strings ? { strings } : {};
  const draft = textInput(data, INPUTS.reply, MAX_DRAFT_LENGTH);
  const comment = await currentComment(deps, key);
  try {
    const signedText = composeOutgoing(deps, comment, actor, 'reply', draft);
    beginSend(comment, actor, 'reply', signedText, draft, deps.clock.now());
    const charactersLeft = REPLY_LIMITS[comment.platform] - replyLength(comment.platform, signedText);
    return deps.renderer.render(comment, {
      preview: { draft: draft.trim(), signedText, charactersLeft },
      ...language,
    });
  } catch (error) {
    return deps.renderer.render(comment, { notice: noticeFor(error, strings), draft, ...language });
  }
};
