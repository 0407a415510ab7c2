import { DateTime } from 'luxon';
import { AppError } from './app-error';
import type { IncomingCommentChange, Person, StoredComment } from './comment';
import { signReply } from './signature';
import { charactersOver } from './text-limits';

/** A reply still "sending" after this long is taken to have failed, so its writer can try again. */
export const SENDING_STALE_AFTER_MINUTES = 2;

function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

function isStaleSending(comment: StoredComment, now: DateTime): boolean {
  if (comment.state !== 'sending' || !comment.sendingSince) return false;
  return DateTime.fromISO(comment.sendingSince).plus({ minutes: SENDING_STALE_AFTER_MINUTES }) <= now;
}

function assertOpenForWork(comment: StoredComment): void {
  if (comment.state === 'answered') {
    throw new AppError('comment_already_answered', 'The comment is already answered', {
      by: comment.answer?.by.name ?? '',
    });
  }
}

/** Ta: the actor takes the comment. Taking one's own comment again changes nothing (Teams retries invokes). */
export function claim(comment: StoredComment, actor: Person): StoredComment {
  assertOpenForWork(comment);
  if (comment.holder) {
    if (comment.holder.id === actor.id) return comment;
    throw new AppError('comment_already_claimed', 'Someone else holds the comment', {
      holder: comment.holder.name,
    });
  }
  if (comment.platformStatus === 'removed') {
    throw new AppError('comment_removed', 'The comment was removed on the platform');
  }
  return { ...comment, state: 'claimed', holder: actor };
}

function assertHolder(comment: StoredComment, actor: Person): void {
  if (!comment.holder) throw new AppError('comment_not_claimed', 'Nobody holds the comment');
  if (comment.holder.id !== actor.id) {
    throw new AppError('comment_claimed_by_other', 'Another person holds the comment', {
      holder: comment.holder.name,
    });
  }
}

/** Släpp: the holder gives the comment back to the queue. Releasing an unheld comment changes nothing. */
export function release(comment: StoredComment, actor: Person, now: DateTime): StoredComment {
  assertOpenForWork(comment);
  if (!comment.holder) return comment;
  assertHolder(comment, actor);
  if (comment.state === 'sending' && !isStaleSending(comment, now)) {
    throw new AppError('comment_reply_in_progress', 'A reply is being sent');
  }
  return { ...omit(comment, 'holder', 'draft', 'sendingSince'), state: 'open' };
}

export interface ReplyPlan {
  readonly comment: StoredComment;
  /** Exactly what will be posted: the draft with the writer's signature. */
  readonly signedText: string;
}

/** Skicka, step one: checks the draft and marks the comment as being sent, so a retried click sends nothing twice. */
export function beginReply(comment: StoredComment, actor: Person, draft: string, now: DateTime): ReplyPlan {
  assertOpenForWork(comment);
  assertHolder(comment, actor);
  if (comment.state === 'sending' && !isStaleSending(comment, now)) {
    throw new AppError('comment_reply_in_progress', 'A reply is being sent');
  }
  if (comment.platformStatus === 'removed') {
    throw new AppError('comment_removed', 'The comment was removed on the platform');
  }
  const text = draft.trim();
  if (text.length === 0) throw new AppError('reply_empty', 'The reply is empty');
  const signedText = signReply(text, actor);
  const over = charactersOver(comment.platform, signedText);
  if (over > 0) throw new AppError('reply_too_long', 'The reply is too long', { over });
  return {
    comment: { ...comment, state: 'sending', draft: text, sendingSince: now.toUTC().toISO() ?? '' },
    signedText,
  };
}

/** Skicka, step two (success): the platform took the reply. */
export function completeReply(
  comment: StoredComment,
  signedText: string,
  platformReplyId: string,
  now: DateTime,
): StoredComment {
  const by = comment.holder;
  if (!by) throw new AppError('comment_not_claimed', 'Nobody holds the comment');
  return {
    ...omit(comment, 'draft', 'sendingSince'),
    state: 'answered',
    answer: { text: signedText, by, at: now.toUTC().toISO() ?? '', platformReplyId },
  };
}

/** Skicka, step two (failure): back to claimed, the draft kept for another try. */
export function failReply(comment: StoredComment): StoredComment {
  return { ...omit(comment, 'sendingSince'), state: comment.holder ? 'claimed' : 'open' };
}

/** An edit, removal or hiding reported by the platform. */
export function applyPlatformChange(comment: StoredComment, change: IncomingCommentChange): StoredComment {
  switch (change.kind) {
    case 'edited':
      return { ...comment, text: change.text, editedAt: change.editedAt };
    case 'removed':
      return { ...comment, platformStatus: 'removed' };
    case 'hidden':
      return comment.platformStatus === 'removed' ? comment : { ...comment, platformStatus: 'hidden' };
    case 'unhidden':
      return comment.platformStatus === 'hidden' ? { ...comment, platformStatus: 'visible' } : comment;
  }
}
