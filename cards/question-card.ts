import type { DepartmentQuestion, StoredComment } from '../services/domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../services/domain/platform';
import { text, type Element } from './card-elements';
import { CARD_VERBS, INPUTS } from './card-verbs';
import { cardLink } from './card-link';
import { literal, run, runs } from './literal-text';
import { questionTexts } from './locale/question-texts';
import type { ReaderLanguage } from '../services/domain/reader-language';

/**
 * The question a communicator puts to a department, as a card in the department's channel: the comment and what
 * it is about, the question, and an answer box. Anyone in the channel may answer (no training needed); nothing is
 * published by answering, the answer goes back to the one who asked. Everything quoted is literal text.
 */
export function renderQuestionCard(
  comment: StoredComment,
  question: DepartmentQuestion,
  accountName: string,
  language?: ReaderLanguage,
): Record<string, unknown> {
  const T = questionTexts(language);
  const platform = PLATFORM_NAMES[comment.platform];
  const body: Element[] = [
    text(T.heading(question.department, question.askedBy.name), { size: 'medium' }),
    runs([
      run(T.about(platform, accountName, T.dateTime(comment.writtenAt)), { size: 'small', isSubtle: true }),
    ]),
    literal(comment.anonymisedAt ? '' : comment.text, { italic: true }),
    ...(comment.postFirstWords
      ? [literal(T.onPost(comment.postFirstWords), { size: 'small', isSubtle: true })]
      : []),
    text(T.question, { spacing: 'medium' }),
    literal(question.question),
  ];
  if (question.answer) {
    body.push(
      text(T.answerFrom(question.answer.by, T.dateTime(question.answer.at)), { spacing: 'medium' }),
      literal(question.answer.text),
      text(T.thanks, { size: 'small', isSubtle: true }),
    );
  } else {
    body.push(
      {
        type: 'Input.Text',
        id: INPUTS.questionAnswer,
        label: T.answerLabel,
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
            title: T.send,
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
          actions: [{ type: 'Action.OpenUrl', title: T.openCommentCard, url: cardLink(comment.card) }],
        }
      : {}),
  };
}

/**
 * A department question's card once the records plan purged the comment: the comment, the question and the answer
 * quoted and discussed what the resident wrote, so all three go; what is left says when and why.
 */
export function renderPurgedQuestionCard(
  comment: StoredComment,
  language?: ReaderLanguage,
): Record<string, unknown> {
  const T = questionTexts(language);
  const platform = PLATFORM_NAMES[comment.platform];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      text(T.purgedHeading, { size: 'medium' }),
      runs([run(T.purgedAbout(platform, T.dateTime(comment.writtenAt)), { size: 'small', isSubtle: true })]),
      text(T.purged(T.dateTime(comment.anonymisedAt ?? comment.writtenAt))),
    ],
  };
}
