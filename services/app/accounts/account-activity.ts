import { DateTime } from 'luxon';
import type { Platform } from '../../domain/platform';
import { QUIET_HISTORY_KEPT } from '../../domain/quiet-account';
import { utcIso } from '../../domain/utc-iso';
import type { Clock, IntakeObserver, IntakePath, PollerStateStore, ReadObserver } from '../../ports/index';

/** Errors of one kind in an account's reads: how many since the first of them in the last day, and the last. */
export interface ErrorCount {
  readonly count: number;
  readonly lastAt: string;
}

/** What Svarsvakten knows of an account's intake: how things last reached it, and what went wrong. */
export interface ActivityRecord {
  readonly lastDeliveryAt?: string;
  readonly lastReadAt?: string;
  readonly lastCommentAt?: string;
  /** When its most recent comments were written (at most QUIET_HISTORY_KEPT), to learn its usual gap from. */
  readonly written: readonly string[];
  readonly errors: Readonly<Record<string, ErrorCount>>;
  /** The last check of its webhook subscription: the fields missing, or that it could not be read. */
  readonly subscription?: {
    readonly checkedAt: string;
    readonly missing: readonly string[];
    readonly unreadable?: true;
  };
  /** A fixed token's end as the platform told it (LinkedIn's introspection), for the token with this fingerprint. */
  readonly token?: { readonly checkedAt: string; readonly fingerprint: string; readonly endsAt?: string };
}

const EMPTY: ActivityRecord = { written: [], errors: {} };
const DAY_MS = 86_400_000;

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a > b ? a : b);

function merged(stored: ActivityRecord, mine: ActivityRecord, now: DateTime): ActivityRecord {
  const since = utcIso(now.minus({ milliseconds: DAY_MS }));
  const errors: Record<string, ErrorCount> = {};
  for (const [code, kept] of Object.entries(stored.errors)) if (kept.lastAt >= since) errors[code] = kept;
  for (const [code, added] of Object.entries(mine.errors)) {
    const kept = errors[code];
    errors[code] = kept
      ? { count: kept.count + added.count, lastAt: later(kept.lastAt, added.lastAt)! }
      : added;
  }
  const written = [...new Set([...stored.written, ...mine.written])].sort().slice(-QUIET_HISTORY_KEPT);
  const subscription =
    !stored.subscription ||
    (mine.subscription && mine.subscription.checkedAt >= stored.subscription.checkedAt)
      ? mine.subscription
      : stored.subscription;
  const token =
    !stored.token || (mine.token && mine.token.checkedAt >= stored.token.checkedAt)
      ? mine.token
      : stored.token;
  const lastDeliveryAt = later(stored.lastDeliveryAt, mine.lastDeliveryAt);
  const lastReadAt = later(stored.lastReadAt, mine.lastReadAt);
  const lastCommentAt = later(stored.lastCommentAt, mine.lastCommentAt);
  return {
    ...(lastDeliveryAt ? { lastDeliveryAt } : {}),
    ...(lastReadAt ? { lastReadAt } : {}),
    ...(lastCommentAt ? { lastCommentAt } : {}),
    written,
    errors,
    ...(subscription ? { subscription } : {}),
    ...(token ? { token } : {}),
  };
}

function parsed(text: string | undefined): ActivityRecord {
  if (!text) return EMPTY;
  try {
    const value = JSON.parse(text) as Partial<ActivityRecord>;
    return { ...value, written: value.written ?? [], errors: value.errors ?? {} };
  } catch {
    return EMPTY;
  }
}

/**
 * Each account's intake as this process saw it, kept in memory and merged into storage by `flush()` (the latest
 * time of each kind wins, error counts add up), so every instance's view reaches the `konton` answer and the tab.
 * Two instances flushing the same account at the same moment may lose one's additions to the other's write: these
 * are figures to watch the intake by, not records.
 * No resident's words or ids are kept: times and error codes only.
 */
export class AccountActivity implements IntakeObserver, ReadObserver {
  private readonly pending = new Map<string, ActivityRecord>();

  constructor(private readonly deps: { readonly state: PollerStateStore; readonly clock: Clock }) {}

  private change(platform: Platform, accountId: string, edit: (record: ActivityRecord) => ActivityRecord) {
    const key = `${platform}:${accountId}`;
    this.pending.set(key, edit(this.pending.get(key) ?? EMPTY));
  }

  private now(): string {
    return utcIso(this.deps.clock.now());
  }

  arrived(platform: Platform, accountId: string, writtenAt: string, via: IntakePath): void {
    const now = this.now();
    this.change(platform, accountId, (record) => ({
      ...record,
      ...(via === 'webhook' ? { lastDeliveryAt: now } : {}),
      lastCommentAt: later(record.lastCommentAt, writtenAt)!,
      // Bounded between flushes too: only the most recent are ever used.
      written: [...record.written, writtenAt].sort().slice(-QUIET_HISTORY_KEPT),
    }));
  }

  read(platform: Platform, accountId: string): void {
    const now = this.now();
    this.change(platform, accountId, (record) => ({ ...record, lastReadAt: now }));
  }

  failed(platform: Platform, accountId: string, code: string): void {
    const now = this.now();
    this.change(platform, accountId, (record) => ({
      ...record,
      errors: { ...record.errors, [code]: { count: (record.errors[code]?.count ?? 0) + 1, lastAt: now } },
    }));
  }

  checkedSubscription(
    platform: Platform,
    accountId: string,
    missing: readonly string[],
    unreadable: boolean,
  ) {
    const now = this.now();
    this.change(platform, accountId, (record) => ({
      ...record,
      subscription: { checkedAt: now, missing, ...(unreadable ? { unreadable: true as const } : {}) },
    }));
  }

  checkedToken(platform: Platform, accountId: string, fingerprint: string, endsAt: string | undefined) {
    const now = this.now();
    this.change(platform, accountId, (record) => ({
      ...record,
      token: { checkedAt: now, fingerprint, ...(endsAt ? { endsAt } : {}) },
    }));
  }

  /** The account's intake: storage merged with what this process saw since it last wrote. */
  async of(platform: Platform, accountId: string): Promise<ActivityRecord> {
    const key = `${platform}:${accountId}`;
    const stored = parsed(await this.deps.state.getWatermark(`activity:${key}`));
    return merged(stored, this.pending.get(key) ?? EMPTY, this.deps.clock.now());
  }

  /** Writes what this process saw into storage. What fails to be written is kept for the next flush. */
  async flush(): Promise<void> {
    for (const [key, mine] of [...this.pending]) {
      this.pending.delete(key);
      try {
        const stored = parsed(await this.deps.state.getWatermark(`activity:${key}`));
        await this.deps.state.setWatermark(
          `activity:${key}`,
          JSON.stringify(merged(stored, mine, this.deps.clock.now())),
        );
      } catch (error) {
        const since = this.pending.get(key);
        this.pending.set(key, since ? merged(mine, since, this.deps.clock.now()) : mine);
        throw error;
      }
    }
  }
}
