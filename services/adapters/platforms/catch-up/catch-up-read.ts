import { DateTime } from 'luxon';
import { isAppError } from '../../../domain/app-error';
import type { IncomingEvent } from '../../../domain/comment';
import type { Platform } from '../../../domain/platform';
import { utcIso } from '../../../domain/utc-iso';
import type { PollCursor, PollResult, Clock } from '../../../ports/index';

export interface CatchUpOptions {
  readonly graphUrl: string;
  readonly graphVersion: string;
  readonly timeoutMs: number;
  readonly clock: Pick<Clock, 'now'>;
  /** How often each account is read back; the first read of an account looks back this far. */
  readonly intervalMs: number;
}

/**
 * Each read starts this long before the previous one did, so an item the platform lists a little after it was
 * written is still found; what was stored already is recognised by its id and gets no second card.
 */
export const CATCH_UP_OVERLAP_MINUTES = 10;

/** At this share of an account's rate budget a read stops (GraphReader's `stopAtPercent`), keeping the rest for
 * the replies staff publish. */
export const CATCH_UP_BUDGET_PERCENT = 80;

/** How long a read that met Meta's limit waits when Meta does not say when access returns. */
export const CATCH_UP_PAUSE_MINUTES = 60;

/**
 * A platform's reader as a read back uses it: the calls it made. Near the account's limit it throws
 * `platform_rate_limited` itself, mid-read.
 */
export interface CountingReader {
  readonly calls: number;
}

/** What one account's read back does: lists what was written since `since`, pushing an event for each item. */
export type CatchUpWalk<R> = (reader: R, since: DateTime, found: IncomingEvent[]) => Promise<void>;

/**
 * One catch-up read of an account: everything written since the watermark (minus the overlap), the watermark
 * moved to when this read began once it has read to the end, and a pause when the platform reports the account near
 * or over its limit (the reader stops there). A read cut short by the limit stores what it found and starts again from the same watermark.
 */
export async function catchUp<R extends CountingReader>(
  options: CatchUpOptions,
  cursor: PollCursor,
  reader: R,
  walk: CatchUpWalk<R>,
): Promise<PollResult> {
  const start = options.clock.now();
  const since = watermarkTime(cursor.watermark) ?? start.minus({ milliseconds: options.intervalMs });
  const found: IncomingEvent[] = [];
  try {
    await walk(reader, since.minus({ minutes: CATCH_UP_OVERLAP_MINUTES }), found);
  } catch (error) {
    if (!isAppError(error, 'platform_rate_limited')) throw error;
    const retryInMs = Number(error.details.retryInMs ?? 0) || CATCH_UP_PAUSE_MINUTES * 60_000;
    return {
      events: found,
      // Cut short: the next read starts where this one did (a first read, too, keeps its window).
      watermark: utcIso(since),
      calls: reader.calls,
      pauseUntil: utcIso(options.clock.now().plus({ milliseconds: retryInMs })),
      pauseReason: 'rate_limited',
    };
  }
  return { events: found, watermark: utcIso(start), calls: reader.calls };
}

/** The time a watermark holds; none (or one that cannot be read) makes the read an account's first. */
function watermarkTime(watermark: string | undefined): DateTime | undefined {
  if (!watermark) return undefined;
  const time = DateTime.fromISO(watermark, { zone: 'utc' });
  return time.isValid ? time : undefined;
}

/**
 * The account's own comment, read back: an answer to the comment it is under (as its webhook would say), or
 * nothing when it is directly under a post, where it answers nobody.
 */
export function ownAnswer(
  platform: Platform,
  parentId: string | undefined,
  answer: { readonly id: string; readonly text: string; readonly written: DateTime },
): IncomingEvent | undefined {
  if (!parentId) return undefined;
  return {
    kind: 'city_answer',
    key: { platform, commentId: parentId },
    answerId: answer.id,
    text: answer.text,
    writtenAt: utcIso(answer.written),
  };
}
