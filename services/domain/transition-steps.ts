import { DateTime } from 'luxon';
import { AppError } from './app-error';
import {
  isClosed,
  type Held,
  type AwaitingApproval,
  type InFlight,
  type Unheld,
  type WorkState,
} from './workflow';
import {
  type CommentFacts,
  type HistoryAction,
  type HistoryEvent,
  type SentText,
  type StoredComment,
} from './comment';
import { type Person } from './person';
import { charactersOver } from './text-limits';
import { utcIso as iso } from './utc-iso';

/** The steps every transition is made of: the checks it asserts, and how it records itself in the history. */

/** A send still under way after this long is taken to have failed, so its writer can try again. */
export const SENDING_STALE_AFTER_MINUTES = 2;
/** How many history lines the comment row keeps for its card; the store keeps them all. */
export const RECENT_HISTORY_LINES = 8;
/**
 * The latest texts sent, kept on the comment for its card; every one, exact, is also in the append-only history.
 * Bounded so that a comment reopened and answered again and again still fits one table entity.
 */
export const SENT_TEXTS_KEPT = 5;

export function withSent(comment: StoredComment, sent: SentText): readonly SentText[] {
  return [...comment.sent, sent].slice(-SENT_TEXTS_KEPT);
}

/** A transition's result: the comment as it now is, and the history line it adds (none when nothing changed). */
export interface Transition {
  readonly comment: StoredComment;
  readonly event?: HistoryEvent;
}

export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

/** What a comment is whatever its state: each transition builds the workflow part it leads to on top of this. */
export function factsOf(comment: StoredComment): CommentFacts {
  const {
    state: _state,
    holder: _holder,
    previousHolder: _previous,
    draft: _draft,
    sending: _sending,
    closure: _closure,
    moderation: _moderation,
    // What waited for approval goes with the state it belonged to: a signed answer is kept in `sent` once published.
    approval: _approval,
    ...facts
  } = comment;
  return facts;
}

/** The holder, the one they took it over from, and the draft: what stays with a comment while someone works on it. */
export function holding(comment: StoredComment): {
  holder?: Person;
  previousHolder?: Person;
  draft?: string;
} {
  return {
    ...(comment.holder ? { holder: comment.holder } : {}),
    ...(comment.previousHolder ? { previousHolder: comment.previousHolder } : {}),
    ...(comment.draft ? { draft: comment.draft } : {}),
  };
}

/** Who held it, for a closed item's record: the holder and the one before, never the draft. */
export function handledBy(comment: StoredComment): { holder?: Person; previousHolder?: Person } {
  const { draft: _draft, ...people } = holding(comment);
  return people;
}

export function record(comment: StoredComment, event: HistoryEvent): Transition {
  const short =
    event.detail && event.detail.length > 200
      ? { ...event, detail: event.detail.slice(0, 199) + '…' }
      : event;
  return { comment: { ...comment, recent: [...comment.recent, short].slice(-RECENT_HISTORY_LINES) }, event };
}

export function eventOf(actor: Person, now: DateTime, action: HistoryAction, detail?: string): HistoryEvent {
  return { at: iso(now), by: actor.name, action, ...(detail ? { detail } : {}) };
}

export function isStaleSending(comment: StoredComment, now: DateTime): boolean {
  if (comment.state !== 'sending' || !comment.sending) return false;
  return DateTime.fromISO(comment.sending.since).plus({ minutes: SENDING_STALE_AFTER_MINUTES }) <= now;
}

/** The state the holder works in, treating a send that went stale as failed. */
export function workState(comment: StoredComment, now: DateTime): WorkState | 'sending' | undefined {
  if (comment.state === 'sending')
    return isStaleSending(comment, now) ? comment.sending?.returnTo : 'sending';
  if (comment.state === 'claimed' || comment.state === 'acknowledged' || comment.state === 'case')
    return comment.state;
  return undefined;
}

export type Working = StoredComment & (Unheld | Held | InFlight | AwaitingApproval);
export type HeldComment = StoredComment & (Held | InFlight | AwaitingApproval);

export function assertNotClosed(comment: StoredComment): asserts comment is Working {
  if (isClosed(comment.state)) {
    throw new AppError('comment_closed', 'The comment is closed', { state: comment.state });
  }
}

export function assertHolder(comment: StoredComment, actor: Person): asserts comment is HeldComment {
  if (!comment.holder) throw new AppError('comment_not_claimed', 'Nobody holds the comment');
  if (comment.holder.id !== actor.id) {
    throw new AppError('comment_claimed_by_other', 'Another person holds the comment', {
      holder: comment.holder.name,
    });
  }
}

/** Nobody holds it, or the actor does: what closing it or giving it away asks. */
export function assertFreeOrHeldBy(comment: StoredComment, actor: Person): void {
  if (comment.holder && comment.holder.id !== actor.id) {
    throw new AppError('comment_claimed_by_other', 'Another person holds the comment', {
      holder: comment.holder.name,
    });
  }
}

/** The platform still takes a reply to it: not removed, and (Instagram) not hidden. */
export function assertReplyPossible(comment: StoredComment): void {
  if (comment.platformStatus === 'removed') throw new AppError('comment_removed', 'The comment was removed');
  if (comment.platform === 'instagram' && comment.platformStatus === 'hidden') {
    throw new AppError('platform_reply_not_allowed', 'Instagram takes no replies to hidden comments');
  }
}

/** A written reply: not empty, and within the platform's limit with its signature. */
export function assertReplyFits(comment: StoredComment, draft: string, signedText: string): void {
  if (draft.trim().length === 0) throw new AppError('reply_empty', 'The reply is empty');
  assertWithinLimit(comment, signedText);
}

export function assertWithinLimit(comment: StoredComment, signedText: string): void {
  const over = charactersOver(comment.platform, signedText);
  if (over > 0) throw new AppError('reply_too_long', 'The reply is too long', { over });
}

export function assertNotSending(comment: StoredComment, now: DateTime): void {
  if (workState(comment, now) === 'sending')
    throw new AppError('comment_reply_in_progress', 'A reply is being sent');
}

/** Ta: the actor takes an unheld comment. Taking one's own comment again changes nothing (Teams retries invokes). */
