import { randomUUID } from 'node:crypto';
import { INPUTS } from '../../../cards/card-verbs';
import { renderQuestionCard } from '../../../cards/question-card';
import { AppError, isAppError } from '../../domain/app-error';
import { askDepartment, questionOf, withQuestionCard } from '../../domain/department-question';
import { channelLanguage } from '../notices/channel-language';
import { applyTransition, noticeFor, textInput, type CardActionHandler } from './card-action';

/**
 * Fråga verksamheten: the holder's question goes to the department's channel as a card anyone there can answer;
 * the holder's card says it is out and suggests the holding reply (P4) meanwhile. Never for Messenger (P7).
 */
export const handleAskDepartment: CardActionHandler = async (deps, click) => {
  const name = textInput(click.data, INPUTS.department, 60);
  const department = name ? await deps.departments?.get(name) : undefined;
  if (!department || !deps.poster) throw new AppError('department_unknown', 'No such department');
  const id = randomUUID();
  const text = textInput(click.data, INPUTS.question, 1000);
  const outcome = await applyTransition(deps, click.key, (comment) =>
    askDepartment(comment, click.actor, { id, department: department.name, text }, click.now),
  );
  if (!outcome.ok) {
    click.logger.info({ event: 'card.ask_department.rejected', code: outcome.error.code }, 'not asked');
    return { comment: outcome.comment, notice: noticeFor(outcome.error, click.strings) };
  }
  const accountName = deps.accounts.displayName(outcome.comment.platform, outcome.comment.accountId);
  let comment = outcome.comment;
  try {
    const language = await channelLanguage(deps.channelLanguages, department.channelId);
    const card = await deps.poster.postNewThread(
      department,
      renderQuestionCard(comment, questionOf(comment, id), accountName, language),
    );
    const placed = await deps.store.mutate(click.key, (current) => ({
      comment: withQuestionCard(current, id, card),
    }));
    if (placed) comment = placed.value;
  } catch (error) {
    click.logger.warn(
      { event: 'card.ask_department.failed', code: isAppError(error) ? error.code : 'unexpected' },
      'question not posted in the department’s channel',
    );
    await deps.updater.refresh(comment);
    return { comment, notice: noticeFor(error, click.strings) };
  }
  click.logger.info({ event: 'card.ask_department' }, 'department asked');
  await deps.updater.refresh(comment);
  return { comment, notice: { tone: 'good', text: click.strings.teamwork.asked(department.name) } };
};
