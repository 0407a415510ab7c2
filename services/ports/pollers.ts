import type { IncomingEvent } from '../domain/comment';

/** What pollers keep between runs and across instances: a lease (one instance polls) and watermarks. */
export interface PollerStateStore {
  /** Takes or renews the lease on a poller until the given time; false while another instance holds it. */
  tryLease(poller: string, holder: string, now: string, until: string): Promise<boolean>;
  getWatermark(key: string): Promise<string | undefined>;
  setWatermark(key: string, value: string): Promise<void>;
}

/** What one poll of a platform brought: events, the new watermark, and a pause the platform asked for. */
export interface PollResult {
  readonly events: readonly IncomingEvent[];
  readonly watermark?: string;
  /** Do not poll this account again before this time (ISO): rate limit or quota. */
  readonly pauseUntil?: string;
  readonly pauseReason?: 'rate_limited' | 'quota_exceeded';
}

/** A platform without webhooks (or with deprecated ones): Svarsvakten asks for what is new since the watermark. */
export interface CommentSource {
  fetchNew(accountId: string, token: string, watermark: string | undefined): Promise<PollResult>;
}
