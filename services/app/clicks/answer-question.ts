import { INPUTS } from '../../../cards/card-verbs';
import { renderQuestionCard } from '../../../cards/question-card';
import { PLAINER_WORDS } from '../../../cards/locale/plainer-words';
import { plainLanguageHelp } from '../../../cards/plain-language-help';
import { adviseOn } from '../../domain/plain-language/advise';
import { AppError } from '../../domain/app-error';
import { answerQuestion, questionOf } from '../../domain/department-question';
import { channelLanguage } from '../notices/channel-language';
import { applyTransition, currentComment, noticeFor, textInput, type CardActionHandler } from './card-action';

/**
 * Skicka svaret, on a question card in a department's channel: anyone there may answer (nothing is published);
 * the answer is kept with the question, the question card shows it to everyone, the holder's card offers it as a
 * draft, and the one who asked is told in 1:1. Only a click from that channel counts.
 */
export const handleAnswerQuestion: CardActionHandler = async (deps, click) => {
  const questionId = textInput(click.data, 'questionId', 100);
  const before = await currentComment(deps, click.key);
  const question = questionOf(before, questionId);
  if (!question.card || question.card.channelId !== click.channelId) {
    throw new AppError('not_from_department', 'Answered only from the department’s channel');
  }
  const accountName = deps.accounts.displayName(before.platform, before.accountId);
  const answer = textInput(click.data, INPUTS.questionAnswer, 2000);
  const outcome = await applyTransition(deps, click.key, (comment) =>
    answerQuestion(comment, questionId, click.actor.name, answer, click.now),
  );
  const answered = questionOf(outcome.comment, questionId);
  const language = await channelLanguage(deps.channelLanguages, question.card.channelId);
  const card = renderQuestionCard(outcome.comment, answered, accountName, language);
  if (!outcome.ok) {
    click.logger.info({ event: 'card.answer_question.rejected', code: outcome.error.code }, 'not answered');
    return { comment: outcome.comment, card: withNotice(card, noticeFor(outcome.error, click.strings).text) };
  }
  click.logger.info({ event: 'card.answer_question' }, 'department answered');
  if (question.card) await deps.poster?.updateCard(question.card, card).catch(() => undefined);
  await deps.updater.refresh(outcome.comment);
  await deps.teamwork?.departmentAnswered(outcome.comment, answered);
  // The one who answered gets the klarspråk help on their words: the holder may answer the resident with them.
  const advice = adviseOn(answer, answer, { text: '', authorName: '' }, PLAINER_WORDS);
  return { comment: outcome.comment, card: withHelp(card, plainLanguageHelp(click.strings, advice, 'part')) };
};

function withHelp(card: Record<string, unknown>, help: readonly unknown[]): Record<string, unknown> {
  return { ...card, body: [...(card.body as unknown[]), ...help] };
}

function withNotice(card: Record<string, unknown>, text: string): Record<string, unknown> {
  const body = card.body as unknown[];
  return {
    ...card,
    body: [
      ...body,
      { type: 'Container', style: 'attention', items: [{ type: 'TextBlock', text, wrap: true }] },
    ],
  };
}
