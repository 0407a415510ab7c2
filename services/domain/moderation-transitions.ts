import type { DateTime } from 'luxon';
import { AppError } from './app-error';
import { MODERATION } from './platform';
import { MODERATION_REASONS, type ModerationReason } from './workflow';
import { type Person } from './person';
import { type StoredComment } from './comment';
import {
  assertFreeOrHeldBy,
  assertNotSending,
  eventOf,
  factsOf,
  handledBy,
  record,
  type Transition,
} from './transition-steps';
import { utcIso as iso } from './utc-iso';

/** Hiding, removing and showing again a comment on its platform, with the ground for it (BBS-lagen, the city's rules). */

export function isModerationReason(value: unknown): value is ModerationReason {
  return typeof value === 'string' && (MODERATION_REASONS as readonly string[]).includes(value);
}

/** Checks a hide or removal may be done, before the platform is asked. */
export function assertCanModerate(
  comment: StoredComment,
  action: 'hidden' | 'removed',
  now: DateTime,
  actor: Person,
): void {
  assertNotSending(comment, now);
  // What a colleague holds is theirs to act on: they moderate it, or it is taken over first.
  assertFreeOrHeldBy(comment, actor);
  if (!MODERATION[comment.platform][action === 'hidden' ? 'hide' : 'remove']) {
    throw new AppError('moderation_not_supported', `The platform cannot do it: ${action}`);
  }
  if (comment.platformStatus === 'removed') throw new AppError('comment_removed', 'The comment was removed');
  if (action === 'hidden' && comment.platformStatus === 'hidden') {
    throw new AppError('comment_already_hidden', 'The comment is already hidden');
  }
}

/** Dölj / Ta bort (BBS-lagen 5 §): recorded with a full copy of the comment as it was; the item closes. */
export function moderate(
  comment: StoredComment,
  actor: Person,
  action: 'hidden' | 'removed',
  reason: ModerationReason,
  now: DateTime,
): Transition {
  const copy = {
    text: comment.text,
    authorName: comment.authorName,
    authorId: comment.authorId,
    writtenAt: comment.writtenAt,
    ...(comment.permalink ? { permalink: comment.permalink } : {}),
  };
  return record(
    {
      ...factsOf(comment),
      ...handledBy(comment),
      state: 'moderated',
      platformStatus: action === 'hidden' ? 'hidden' : 'removed',
      moderation: { action, reason, by: actor, at: iso(now), copy },
      closure: { by: actor, at: iso(now) },
    },
    eventOf(actor, now, action, reason),
  );
}

/** Visa igen: a comment Svarsvakten hid is shown again on the platform, and goes back to the queue. */
export function unhide(comment: StoredComment, actor: Person, now: DateTime): Transition {
  if (comment.moderation?.action !== 'hidden') {
    throw new AppError('moderation_not_supported', 'Only a comment hidden from the card can be shown again');
  }
  return record(
    {
      ...factsOf(comment),
      state: 'open',
      platformStatus: 'visible',
    },
    eventOf(actor, now, 'unhidden'),
  );
}

/** Återöppna: a closed item goes back to the queue (the person wrote again, or it was closed by mistake). */
