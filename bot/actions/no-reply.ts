import { INPUTS } from '../../cards/comment-card';
import { AppError } from '../../services/domain/app-error';
import { closeWithoutReply, isNoReplyReason } from '../../services/domain/comment-transitions';
import { textInput, transitionAndRender, type CardActionHandler } from './card-action';

/** Inget svar behövs (P2): closed with a reason from the list; nothing is posted to the platform. */
export const handleNoReply: CardActionHandler = (deps, key, input) => {
  const { actor, data } = input;
  const reason = data[INPUTS.noReplyReason];
  if (!isNoReplyReason(reason)) throw new AppError('action_invalid', 'Unknown reason');
  const note = textInput(data, INPUTS.noReplyNote, 500);
  return transitionAndRender(deps, key, input, 'no_reply', (comment) =>
    closeWithoutReply(comment, actor, reason, note, deps.clock.now()),
  );
};
