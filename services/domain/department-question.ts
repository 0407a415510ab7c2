import type { DateTime } from 'luxon';
import { AppError } from './app-error';
import type { DepartmentQuestion, PostedCard, StoredComment } from './comment';
import type { Person } from './person';
import { assertHolder, assertNotClosed, eventOf, record, type Transition } from './transition-steps';
import { utcIso as iso } from './utc-iso';

/** Fråga verksamheten: the holder asks a department; its answer comes back as a suggestion for the reply. */

export const QUESTION_LIMITS = { question: 1000, answer: 2000, kept: 3 } as const;

/** The question goes out: on the comment (the latest few kept), in the history, nothing published. */
export function askDepartment(
  comment: StoredComment,
  actor: Person,
  question: { readonly id: string; readonly department: string; readonly text: string },
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertHolder(comment, actor);
  // Messenger belongs to the contact centre (P7): nothing of it goes to another department.
  if (comment.platform === 'messenger') throw new AppError('outside_contact_centre', 'Messenger stays');
  const text = question.text.trim();
  if (!text) throw new AppError('question_empty', 'The question is empty');
  const asked: DepartmentQuestion = {
    id: question.id,
    department: question.department,
    question: text.slice(0, QUESTION_LIMITS.question),
    askedBy: actor,
    askedAt: iso(now),
  };
  return record(
    { ...comment, questions: [...(comment.questions ?? []), asked].slice(-QUESTION_LIMITS.kept) },
    eventOf(actor, now, 'department_asked', `${question.department}: ${asked.question}`),
  );
}

/** Where the question's card went in the department's channel. */
export function withQuestionCard(comment: StoredComment, id: string, card: PostedCard): StoredComment {
  return {
    ...comment,
    questions: (comment.questions ?? []).map((q) => (q.id === id ? { ...q, card } : q)),
  };
}

export function questionOf(comment: StoredComment, id: string): DepartmentQuestion {
  const question = comment.questions?.find((q) => q.id === id);
  if (!question) throw new AppError('question_not_found', 'No such question');
  return question;
}

/** The department answers: kept with the question, in the history; the first answer counts. */
export function answerQuestion(
  comment: StoredComment,
  id: string,
  by: string,
  answer: string,
  now: DateTime,
): Transition {
  const question = questionOf(comment, id);
  if (question.answer)
    throw new AppError('question_already_answered', 'Answered', { by: question.answer.by });
  const text = answer.trim();
  if (!text) throw new AppError('answer_empty', 'The answer is empty');
  const answered = { ...question, answer: { text: text.slice(0, QUESTION_LIMITS.answer), by, at: iso(now) } };
  return record(
    { ...comment, questions: (comment.questions ?? []).map((q) => (q.id === id ? answered : q)) },
    {
      at: iso(now),
      by,
      action: 'department_answered',
      detail: `${question.department}: ${answered.answer.text}`,
    },
  );
}
