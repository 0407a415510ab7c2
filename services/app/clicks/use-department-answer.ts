import { questionOf } from '../../domain/department-question';
import { assertHolderOf, currentComment, textInput, type CardActionHandler } from './card-action';

/** Använd som utkast: the department's answer goes into the holder's reply box, to be put in their own words. */
export const handleUseDepartmentAnswer: CardActionHandler = async (deps, click) => {
  const comment = await currentComment(deps, click.key);
  assertHolderOf(comment, click.actor);
  const question = questionOf(comment, textInput(click.data, 'questionId', 100));
  return {
    comment,
    draft: question.answer?.text ?? '',
    notice: { tone: 'good', text: click.strings.teamwork.answerInBox(question.department) },
  };
};
