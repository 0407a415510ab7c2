import type { IncomingEvent } from '../domain/comment';

/** What pollers keep between runs and across instances: a lease (one instance polls) and watermarks. */
export interface PollerStateStore {
  /** Takes or renews the lease on a poller until the given time; false while another instance holds it. */
  tryLease(poller: string, holder: string, now: string, until: string): Promise<boolean>;
  getWatermark(key: string): Promise<string | undefined>;
  setWatermark(key: string, value: string): Promise<void>;
}

/**
 * Where a read that the platform paused part-way goes on from: the page it had not read yet, and the watermark
 * the whole read will set once its last page is read. It belongs to the watermark it started from (`since`, '' for
 * none) and means nothing once that has moved.
 */
export interface PollResume {
  readonly since: string;
  /** The next page's token; '' for the first page again. */
  readonly pageToken: string;
  /** The newest id or time the read has seen so far. */
  readonly target: string;
}

/** Where a poll starts: the watermark, and the read a pause interrupted, if one was. */
export interface PollCursor {
  readonly watermark?: string;
  readonly resume?: PollResume;
}

/**
 * What one poll of a platform brought: events, and either the new watermark (set only when the read reached its
 * end) or where to resume (when the platform paused it part-way), and a pause the platform asked for.
 */
export interface PollResult {
  readonly events: readonly IncomingEvent[];
  readonly watermark?: string;
  readonly resume?: PollResume;
  /** Do not poll this account again before this time (ISO): rate limit or quota. */
  readonly pauseUntil?: string;
  readonly pauseReason?: 'rate_limited' | 'quota_exceeded';
  /** Quota units the poll spent, where the platform counts them (YouTube). */
  readonly quotaUnits?: number;
  /** Calls the read made, where a platform's budget counts calls (Meta's catch-up reads). */
  readonly calls?: number;
}

/** A platform without webhooks (or with deprecated ones): Svarsvakten asks for what is new since the watermark. */
export interface CommentSource {
  fetchNew(accountId: string, token: string, cursor: PollCursor): Promise<PollResult>;
}
