import { INPUTS } from '../../../cards/card-verbs';
import { AppError } from '../../domain/app-error';
import { returnForWork } from '../../domain/teamwork-transitions';
import { currentComment, textInput, transitionAndShow, type CardActionHandler } from './card-action';

/**
 * Skicka tillbaka: the trainee gets the reply back, with the draft kept and what should change; or their request to
 * remove the comment, which stays.
 */
export const handleSendBack: CardActionHandler = async (deps, click) => {
  if (!(await deps.access.isApprover(click.actor))) throw new AppError('not_an_approver', 'Not an approver');
  const note = textInput(click.data, INPUTS.sendBackNote, 500).trim();
  const asked = await currentComment(deps, click.key);
  const what = asked.approval?.kind === 'removal' ? 'removal' : 'reply';
  const result = await transitionAndShow(deps, click, (comment) =>
    returnForWork(comment, click.actor, note, click.now),
  );
  if (result.notice) return result;
  await deps.teamwork?.sentBack(result.comment, click.actor, what);
  const holder = result.comment.holder?.name ?? '';
  const T = click.strings.teamwork;
  return {
    ...result,
    notice: { tone: 'good', text: what === 'removal' ? T.removalSentBack(holder) : T.sentBack(holder) },
  };
};
