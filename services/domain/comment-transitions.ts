import { DateTime } from 'luxon';
import { AppError } from './app-error';
import {
  isClosed,
  NO_REPLY_REASONS,
  type NoReplyReason,
  type OutgoingKind,
  type WorkState,
} from './workflow';
import { type HistoryAction, type IncomingCommentChange, type StoredComment } from './comment';
import { type Person } from './person';
import {
  assertFreeOrHeldBy,
  assertHolder,
  assertNotClosed,
  assertReplyFits,
  assertReplyPossible,
  assertWithinLimit,
  assertNotSending,
  eventOf,
  factsOf,
  handledBy,
  holding,
  record,
  withSent,
  workState,
  type Transition,
} from './transition-steps';
import { utcIso as iso } from './utc-iso';

export function claim(comment: StoredComment, actor: Person, now: DateTime): Transition {
  assertNotClosed(comment);
  if (comment.holder) {
    if (comment.holder.id === actor.id) return { comment };
    throw new AppError('comment_already_claimed', 'Someone else holds the comment', {
      holder: comment.holder.name,
    });
  }
  if (comment.platformStatus === 'removed') throw new AppError('comment_removed', 'The comment was removed');
  const state: WorkState = comment.firstResponseAt ? 'acknowledged' : 'claimed';
  return record({ ...factsOf(comment), state, holder: actor }, eventOf(actor, now, 'claimed'));
}

/** Ta över: someone takes a comment another person holds; the previous holder is named on the card. */
export function takeOver(comment: StoredComment, actor: Person, now: DateTime): Transition {
  assertNotClosed(comment);
  if (!comment.holder) return claim(comment, actor, now);
  if (comment.holder.id === actor.id) return { comment };
  const previous = comment.holder;
  const state = workState(comment, now);
  if (!state || state === 'sending') throw new AppError('comment_reply_in_progress', 'A reply is being sent');
  return record(
    {
      ...factsOf(comment),
      state,
      holder: actor,
      previousHolder: previous,
      ...(comment.draft ? { draft: comment.draft } : {}),
    },
    eventOf(actor, now, 'taken_over', `från ${previous.name}`),
  );
}

/** Släpp: the holder gives the comment back to the queue. A case being handled cannot be dropped (P6). */
export function release(comment: StoredComment, actor: Person, now: DateTime): Transition {
  assertNotClosed(comment);
  if (!comment.holder) return { comment };
  assertHolder(comment, actor);
  assertNotSending(comment, now);
  if (comment.state === 'awaiting_approval')
    throw new AppError('comment_reply_in_progress', 'The reply waits for approval');
  if (workState(comment, now) === 'case') {
    throw new AppError('case_needs_platina_ref', 'A case is closed with a Platina reference, not released');
  }
  return record({ ...factsOf(comment), state: 'open' }, eventOf(actor, now, 'released'));
}

/** Step one of publishing anything: check it, and mark the comment as sending so a retried click sends nothing twice. */
export function beginSend(
  comment: StoredComment,
  actor: Person,
  kind: OutgoingKind,
  signedText: string,
  draft: string,
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertHolder(comment, actor);
  const state = workState(comment, now);
  if (state === 'sending') throw new AppError('comment_reply_in_progress', 'A reply is being sent');
  if (!state) throw new AppError('comment_not_claimed', 'Nobody holds the comment');
  assertReplyPossible(comment);
  if (kind === 'holding_reply' && state !== 'claimed') {
    throw new AppError('comment_already_acknowledged', 'The holding reply was already sent');
  }
  if (kind === 'referral' && state === 'case') {
    throw new AppError('case_needs_platina_ref', 'A case handled here is closed with a Platina reference');
  }
  if (kind === 'reply') assertReplyFits(comment, draft, signedText);
  else assertWithinLimit(comment, signedText);
  return {
    comment: {
      ...factsOf(comment),
      ...holding(comment),
      state: 'sending',
      holder: comment.holder,
      ...(kind === 'reply' ? { draft: draft.trim() } : {}),
      sending: { kind, signedText, since: iso(now), returnTo: state },
    },
  };
}

const SENT_EVENT: Readonly<Record<OutgoingKind, HistoryAction>> = {
  reply: 'replied',
  holding_reply: 'acknowledged',
  referral: 'referred',
};

/** Step two, the platform took it: answered, acknowledged (P4) or referred (P5). A case stays a case (P6). */
export function completeSend(comment: StoredComment, platformReplyId: string, now: DateTime): Transition {
  // Completed already, by the platform's echo of this very reply arriving first: nothing more to record. While it is
  // still being sent, an id seen before (a platform that reused one) does not stop this send from completing.
  if (comment.state !== 'sending' && comment.sent.some((sent) => sent.platformReplyId === platformReplyId))
    return { comment };
  if (comment.state !== 'sending') throw new AppError('comment_not_claimed', 'Nothing is being sent');
  const { sending, holder } = comment;
  const sent = { kind: sending.kind, text: sending.signedText, by: holder, at: iso(now), platformReplyId };
  const base = {
    ...factsOf(comment),
    ...handledBy(comment),
    holder,
    sent: withSent(comment, sent),
    firstResponseAt: comment.firstResponseAt ?? iso(now),
  };
  const closure = { by: holder, at: iso(now) };
  let next: StoredComment;
  if (sending.kind === 'holding_reply')
    next = { ...base, ...(comment.draft ? { draft: comment.draft } : {}), state: 'acknowledged' };
  else if (sending.kind === 'referral') next = { ...base, state: 'referred', closure };
  else if (sending.returnTo === 'case') next = { ...base, state: 'case' };
  else next = { ...base, state: 'answered', closure };
  return record(next, eventOf(holder, now, SENT_EVENT[sending.kind], sending.signedText));
}

/** Step two, the platform refused: back where it was, the draft kept for another try. */
export function failSend(comment: StoredComment, errorCode: string, now: DateTime): Transition {
  if (comment.state !== 'sending') return { comment };
  const returnTo = comment.sending.returnTo;
  return record(
    { ...factsOf(comment), ...holding(comment), holder: comment.holder, state: returnTo },
    { at: iso(now), by: comment.holder.name, action: 'reply_failed', detail: errorCode },
  );
}

/**
 * Jag har svarat där (manual mode): the holder answered on the platform itself, for an account Svarsvakten cannot
 * publish for; the text they paste is kept as the answer, so history and statistics stay complete.
 */
export function recordManualAnswer(
  comment: StoredComment,
  actor: Person,
  pasted: string,
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertHolder(comment, actor);
  assertNotSending(comment, now);
  const text = pasted.trim();
  if (!text) throw new AppError('reply_empty', 'Paste the answer that was given');
  const stayCase = workState(comment, now) === 'case';
  const sent = { kind: 'reply' as const, text, by: actor, at: iso(now), platformReplyId: 'manual' };
  const base = {
    ...factsOf(comment),
    ...handledBy(comment),
    holder: comment.holder,
    sent: withSent(comment, sent),
    firstResponseAt: comment.firstResponseAt ?? iso(now),
  };
  const next: StoredComment = stayCase
    ? { ...base, state: 'case' }
    : { ...base, state: 'answered', closure: { by: actor, at: iso(now) } };
  return record(next, eventOf(actor, now, 'answered_elsewhere', text));
}

/** Kräver ärende → Handläggs här (P6): a case officer handles it here; it closes only with a Platina reference. */
export function openCase(comment: StoredComment, actor: Person, now: DateTime): Transition {
  assertNotClosed(comment);
  assertHolder(comment, actor);
  const state = workState(comment, now);
  if (state === 'sending') throw new AppError('comment_reply_in_progress', 'A reply is being sent');
  if (state === 'case') return { comment };
  return record(
    { ...factsOf(comment), ...holding(comment), holder: comment.holder, state: 'case' },
    eventOf(actor, now, 'case_opened'),
  );
}

export interface PlatinaRule {
  readonly pattern: RegExp;
  readonly example: string;
}

/** Closing a case handled here: the Platina reference (diarienummer) must have the right form. */
export function closeCase(
  comment: StoredComment,
  actor: Person,
  reference: string,
  rule: PlatinaRule,
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertHolder(comment, actor);
  if (workState(comment, now) !== 'case')
    throw new AppError('comment_not_a_case', 'The comment is not handled as a case');
  const platinaRef = reference.trim().toUpperCase();
  if (!rule.pattern.test(platinaRef)) {
    throw new AppError('platina_ref_invalid', 'The Platina reference has the wrong form', {
      example: rule.example,
    });
  }
  return record(
    {
      ...factsOf(comment),
      ...handledBy(comment),
      state: 'case_closed',
      closure: { by: actor, at: iso(now), platinaRef },
    },
    eventOf(actor, now, 'case_closed', platinaRef),
  );
}

export function isNoReplyReason(value: unknown): value is NoReplyReason {
  return typeof value === 'string' && (NO_REPLY_REASONS as readonly string[]).includes(value);
}

/** Inget svar behövs (P2): closed with a stated reason; nothing is posted. */
export function closeWithoutReply(
  comment: StoredComment,
  actor: Person,
  reason: NoReplyReason,
  note: string,
  now: DateTime,
): Transition {
  assertNotClosed(comment);
  assertFreeOrHeldBy(comment, actor);
  assertNotSending(comment, now);
  if (workState(comment, now) === 'case')
    throw new AppError('case_needs_platina_ref', 'A case closes with a Platina reference');
  const trimmed = note.trim();
  if (reason === 'other' && !trimmed)
    throw new AppError('no_reply_note_missing', 'Say why no answer is needed');
  return record(
    {
      ...factsOf(comment),
      ...handledBy(comment),
      state: 'no_reply',
      closure: { by: actor, at: iso(now), reason, ...(trimmed ? { note: trimmed } : {}) },
    },
    eventOf(actor, now, 'no_reply', trimmed ? `${reason}: ${trimmed}` : reason),
  );
}

export function reopen(comment: StoredComment, actor: Person, now: DateTime): Transition {
  if (!isClosed(comment.state)) return { comment };
  if (comment.anonymisedAt)
    throw new AppError('comment_anonymised', 'Its words were removed by the records plan');
  return record({ ...factsOf(comment), state: 'open' }, eventOf(actor, now, 'reopened'));
}

/**
 * An edit, removal or hiding reported by the platform. An edit older than the one the comment already shows is
 * passed by: a delivery retried after a later one was stored would otherwise put the older words back.
 */
export function applyPlatformChange(
  comment: StoredComment,
  change: Exclude<IncomingCommentChange, { kind: 'city_answer' }>,
): StoredComment {
  switch (change.kind) {
    case 'edited':
      return comment.editedAt && Date.parse(change.editedAt) < Date.parse(comment.editedAt)
        ? comment
        : { ...comment, text: change.text, editedAt: change.editedAt };
    case 'removed':
      return { ...comment, platformStatus: 'removed' };
    case 'hidden':
      return comment.platformStatus === 'removed' ? comment : { ...comment, platformStatus: 'hidden' };
    case 'unhidden':
      return comment.platformStatus === 'hidden' ? { ...comment, platformStatus: 'visible' } : comment;
  }
}
