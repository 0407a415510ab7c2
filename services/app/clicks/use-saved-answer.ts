import { INPUTS } from '../../../cards/card-verbs';
import { AppError } from '../../domain/app-error';
import { savedAnswersFor } from '../../domain/saved-answer';
import { fillTemplate } from '../../domain/templates';
import { currentComment, textInput, type CardActionHandler } from './card-action';

/**
 * Svarsmall → Använd: the saved answer, with the resident's first name and the account's contact link filled in,
 * goes into the reply box; nothing is stored or sent, the writer still personalises, previews and signs it.
 */
export const handleUseSavedAnswer: CardActionHandler = async (deps, click) => {
  const comment = await currentComment(deps, click.key);
  const id = textInput(click.data, INPUTS.savedAnswer, 100);
  const answer = id ? await deps.savedAnswers?.get(id) : undefined;
  if (!answer || savedAnswersFor(comment, [answer]).length === 0) {
    throw new AppError('saved_answer_not_found', 'No such saved answer for the account');
  }
  const link = deps.accounts.templatesFor(comment.platform, comment.accountId).referralLink;
  return {
    comment,
    draft: fillTemplate(answer.text, comment.authorName, link),
    notice: { tone: 'good', text: click.strings.teamwork.savedAnswerFilled(answer.title) },
  };
};
