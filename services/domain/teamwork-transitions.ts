import { DateTime } from 'luxon';
import { AppError } from './app-error';
import type { ModerationReason, WorkState } from './workflow';
import type { Person } from './person';
import type { StoredComment } from './comment';
import {
  SENDING_STALE_AFTER_MINUTES,
  assertFreeOrHeldBy,
  assertHolder,
  assertNotClosed,
  assertReplyFits,
  assertReplyPossible,
  eventOf,
  factsOf,
  holding,
  record,
  workState,
  type Transition,
} from './transition-steps';
import { utcIso as iso } from './utc-iso';

/** Working as a team: assigning to a colleague, approval of a trainee's reply, claims that go back to the queue. */

function heldState(comment: StoredComment, now: DateTime): WorkState {
  const state = workState(comment, now);
  if (state === 'sending' || comment.state === 'awaiting_approval')
    throw new AppError('comment_reply_in_progress', 'A reply is being sent or waits for approval');
  return state ?? (comment.firstResponseAt ? 'acknowledged' : 'claimed');
}

/**
 * Tilldela: the actor gives the item to a trained colleague, who holds it from now. Anyone on the staff may assign
 * an item nobody holds; a held one only its holder. A case stays a case with its new officer. The history says who
 * assigned whom (not a take-over: the one who gave it away did it themselves).
 */
export function assign(
  comment: StoredComment,
  actor: Person,
  assignee: Person,
  note: string,
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertFreeOrHeldBy(comment, actor);
  if (comment.holder?.id === assignee.id) return { comment };
  const state = heldState(comment, now);
  const trimmed = note.trim();
  return record(
    {
      ...factsOf(comment),
      state,
      holder: assignee,
      ...(comment.draft ? { draft: comment.draft } : {}),
    },
    eventOf(actor, now, 'assigned', trimmed ? `${assignee.name} – ${trimmed}` : assignee.name),
  );
}

/** Skicka, by someone under training: the signed reply waits for approval instead of being published. */
export function submitForApproval(
  comment: StoredComment,
  actor: Person,
  signedText: string,
  draft: string,
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertHolder(comment, actor);
  const returnTo = heldState(comment, now);
  assertReplyPossible(comment);
  assertReplyFits(comment, draft, signedText);
  return record(
    {
      ...factsOf(comment),
      ...holding(comment),
      holder: comment.holder,
      draft: draft.trim(),
      state: 'awaiting_approval',
      approval: { signedText, requestedAt: iso(now), returnTo },
    },
    eventOf(actor, now, 'approval_requested', signedText),
  );
}

/**
 * Ta bort, by someone under training: the removal cannot be undone, so it waits for an admin or an approver. The one
 * who asked holds the item meanwhile (it goes back to them if sent back); the checks of a removal were made.
 */
export function requestRemoval(
  comment: StoredComment,
  actor: Person,
  reason: ModerationReason,
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertFreeOrHeldBy(comment, actor);
  const returnTo = heldState(comment, now);
  return record(
    {
      ...factsOf(comment),
      ...holding(comment),
      holder: actor,
      state: 'awaiting_approval',
      approval: { kind: 'removal', reason, requestedAt: iso(now), returnTo },
    },
    eventOf(actor, now, 'removal_requested', reason),
  );
}

/** A removal an approver began that never finished (the process ended while the platform was asked). */
function removalUnderway(comment: StoredComment, now: DateTime): boolean {
  const removing = comment.approval?.kind === 'removal' ? comment.approval.removing : undefined;
  return !!removing && DateTime.fromISO(removing.since).plus({ minutes: SENDING_STALE_AFTER_MINUTES }) > now;
}

/**
 * Godkänn och ta bort, before the platform is asked: the removal is the approver's, so a second approval or a
 * Skicka tillbaka meanwhile is refused instead of racing the platform's answer.
 */
export function beginRemoval(comment: StoredComment, approver: Person, now: DateTime): Transition {
  assertAwaitingApproval(comment);
  const { approval } = comment;
  if (approval.kind !== 'removal') throw new AppError('action_invalid', 'Not a removal');
  if (removalUnderway(comment, now)) throw new AppError('removal_in_progress', 'The removal is under way');
  // No history line yet: the removal itself is the line, by the approver, once the platform has done it.
  return {
    comment: {
      ...factsOf(comment),
      ...holding(comment),
      holder: comment.holder,
      state: 'awaiting_approval',
      approval: { ...approval, removing: { by: approver, since: iso(now) } },
    },
  };
}

/** The platform did not remove it: the removal this approver began waits for approval again (not a later one's). */
export function abandonRemoval(
  comment: StoredComment,
  begun: { readonly by: Person; readonly since: string },
): Transition {
  if (comment.state !== 'awaiting_approval' || comment.approval.kind !== 'removal') return { comment };
  const { removing, ...approval } = comment.approval;
  if (removing?.by.id !== begun.by.id || removing.since !== begun.since) return { comment };
  return { comment: { ...comment, approval } };
}

function assertAwaitingApproval(
  comment: StoredComment,
): asserts comment is StoredComment & { state: 'awaiting_approval' } {
  if (comment.state !== 'awaiting_approval')
    throw new AppError('not_awaiting_approval', 'Nothing waits for approval');
}

/** Godkänn och publicera: the approver lets the reply go out as written; publishing starts from here. */
export function approve(comment: StoredComment, approver: Person, now: DateTime): Transition {
  assertAwaitingApproval(comment);
  const { approval } = comment;
  if (approval.kind === 'removal') throw new AppError('action_invalid', 'A removal is approved by removing');
  return record(
    {
      ...factsOf(comment),
      ...holding(comment),
      holder: comment.holder,
      state: 'sending',
      sending: {
        kind: 'reply',
        signedText: approval.signedText,
        since: iso(now),
        returnTo: approval.returnTo,
      },
    },
    eventOf(approver, now, 'approved'),
  );
}

/** Skicka tillbaka: the reply goes back to its writer, with the draft kept and what should change. */
export function returnForWork(
  comment: StoredComment,
  approver: Person,
  note: string,
  now: DateTime,
): Transition {
  assertAwaitingApproval(comment);
  if (removalUnderway(comment, now)) throw new AppError('removal_in_progress', 'The removal is under way');
  const trimmed = note.trim();
  if (!trimmed) throw new AppError('return_note_missing', 'Say what should change');
  return record(
    { ...factsOf(comment), ...holding(comment), holder: comment.holder, state: comment.approval.returnTo },
    eventOf(approver, now, 'approval_returned', trimmed),
  );
}

/**
 * A claim with nothing done for long (idle), or whose holder is away: back to the queue, the draft dropped with
 * the claim. A case (P6) and a reply on its way or waiting for approval stay where they are.
 */
export function releaseUnattended(
  comment: StoredComment,
  why: 'idle_released' | 'away_released',
  now: DateTime,
): Transition {
  if (comment.state !== 'claimed' && comment.state !== 'acknowledged') return { comment };
  return record(
    { ...factsOf(comment), state: 'open' },
    { at: iso(now), by: comment.holder.name, action: why },
  );
}
