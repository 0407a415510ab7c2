import { INPUTS } from '../../../cards/card-verbs';
import { AppError } from '../../domain/app-error';
import { closeWithoutReply, isNoReplyReason } from '../../domain/comment-transitions';
import { textInput, transitionAndShow, type CardActionHandler } from './card-action';

/** Inget svar behövs (P2): closed with a reason from the list; nothing is posted to the platform. */
export const handleNoReply: CardActionHandler = (deps, click) => {
  const reason = click.data[INPUTS.noReplyReason];
  if (!isNoReplyReason(reason)) throw new AppError('action_invalid', 'Unknown reason');
  const note = textInput(click.data, INPUTS.noReplyNote, 500);
  return transitionAndShow(deps, click, (comment) =>
    closeWithoutReply(comment, click.actor, reason, note, click.now),
  );
};
