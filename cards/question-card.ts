import type { DepartmentQuestion, StoredComment } from '../services/domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../services/domain/platform';
import { text, type Element } from './card-elements';
import { CARD_VERBS, INPUTS } from './card-verbs';
import { cardLink } from './card-link';
import { literal, run, runs } from './literal-text';
import { swedishDateTime } from './swedish-time';

/**
 * The question a communicator puts to a department, as a card in the department's channel: the comment and what
 * it is about, the question, and an answer box. Anyone in the channel may answer (no training needed); nothing is
 * published by answering, the answer goes back to the one who asked. Everything quoted is literal text.
 */
export function renderQuestionCard(
  comment: StoredComment,
  question: DepartmentQuestion,
  accountName: string,
): Record<string, unknown> {
  const platform = PLATFORM_NAMES[comment.platform];
  const body: Element[] = [
    text(`**Fråga till ${question.department}** från ${question.askedBy.name}`, { size: 'medium' }),
    runs([
      run(`En kommentar på ${platform} (${accountName}), skriven ${swedishDateTime(comment.writtenAt)}:`, {
        size: 'small',
        isSubtle: true,
      }),
    ]),
    literal(comment.anonymisedAt ? '' : comment.text, { italic: true }),
    ...(comment.postFirstWords
      ? [literal(`På inlägget: ${comment.postFirstWords}`, { size: 'small', isSubtle: true })]
      : []),
    text('**Frågan:**', { spacing: 'medium' }),
    literal(question.question),
  ];
  if (question.answer) {
    body.push(
      text(`**Svar från ${question.answer.by}** (${swedishDateTime(question.answer.at)}):`, {
        spacing: 'medium',
      }),
      literal(question.answer.text),
      text('Tack! Svaret har gått till den som frågade.', { size: 'small', isSubtle: true }),
    );
  } else {
    body.push(
      {
        type: 'Input.Text',
        id: INPUTS.questionAnswer,
        label: 'Ert svar (publiceras inte – det går till den som frågade)',
        isMultiline: true,
        isRequired: true,
        maxLength: 2000,
      },
      {
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.Execute',
            verb: CARD_VERBS.answerQuestion,
            title: 'Skicka svaret',
            style: 'positive',
            data: { commentKey: commentKeyText(comment), questionId: question.id },
          },
        ],
      },
    );
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(comment.card
      ? {
          actions: [
            { type: 'Action.OpenUrl', title: 'Öppna kommentarens kort', url: cardLink(comment.card) },
          ],
        }
      : {}),
  };
}

/**
 * A department question's card once the records plan purged the comment: the comment, the question and the answer
 * quoted and discussed what the resident wrote, so all three go; what is left says when and why.
 */
export function renderPurgedQuestionCard(comment: StoredComment): Record<string, unknown> {
  const platform = PLATFORM_NAMES[comment.platform];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      text('**Fråga till verksamheten**', { size: 'medium' }),
      runs([
        run(`Om en kommentar på ${platform}, skriven ${swedishDateTime(comment.writtenAt)}.`, {
          size: 'small',
          isSubtle: true,
        }),
      ]),
      text(
        `_Kommentaren, frågan och svaret är gallrade enligt stadens informationshanteringsplan (${swedishDateTime(comment.anonymisedAt ?? comment.writtenAt)})._`,
      ),
    ],
  };
}
