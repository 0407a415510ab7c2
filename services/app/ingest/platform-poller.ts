import { randomUUID } from 'node:crypto';
import type { AdminNoticeTexts, NoticeWords } from '../../../cards/locale/admin-notice-texts';
import { isAppError } from '../../domain/app-error';
import { PLATFORM_NAMES, type Platform } from '../../domain/platform';
import type {
  Clock,
  CommentSource,
  Log,
  PollerStateStore,
  PollResume,
  ReadObserver,
  Schedule,
  Scheduler,
} from '../../ports/index';
import type { AccountDirectory } from '../accounts/account-directory';
import { withRenewal, type RefusalHandler } from '../accounts/renew-on-refusal';
import type { EventIngester } from './ingest-events';
import { utcIso } from '../../domain/utc-iso';

export interface PlatformPollerDeps {
  readonly platform: Platform;
  readonly source: CommentSource;
  readonly accounts: AccountDirectory;
  /** Each account's current token, renewed when the platform turns it away. */
  readonly tokens: RefusalHandler & {
    tokenFor(platform: Platform, accountId: string): Promise<string | undefined>;
  };
  readonly state: PollerStateStore;
  readonly ingester: EventIngester;
  readonly clock: Clock;
  readonly logger: Log;
  /** The job's timer (bot/schedules). */
  readonly schedule: Scheduler;
  readonly intervalMs: number;
  /** Told how each account's read went, for the accounts' overview. */
  readonly activity?: ReadObserver;
}

/** The interrupted read kept in storage, if it belongs to the watermark as it stands ('' when none is kept). */
function readResume(kept: string | undefined, watermark: string | undefined): PollResume | undefined {
  if (!kept) return undefined;
  try {
    const resume = JSON.parse(kept) as Partial<PollResume>;
    if (typeof resume.pageToken !== 'string' || typeof resume.target !== 'string') return undefined;
    return resume.since === (watermark ?? '')
      ? { since: resume.since, pageToken: resume.pageToken, target: resume.target }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Polls a platform without usable webhooks, one account at a time. Each account is polled by one instance only
 * (a lease in Table Storage); what is new since the watermark is stored like a webhook's comments, and only then
 * does the watermark move, so a restart neither loses nor repeats comments. The watermark moves only once a read
 * reached its last page: a read the platform pauses part-way (rate limit, spent quota) keeps its page token and
 * target in storage and goes on from them after the pause, which every instance honours.
 */
export class PlatformPoller {
  private readonly holder = randomUUID();
  private readonly loop: Schedule;

  constructor(private readonly deps: PlatformPollerDeps) {
    this.loop = deps.schedule(`poller.${deps.platform}`, deps.intervalMs || 60_000, () => this.pollAll());
  }

  poll(): Promise<void> {
    return this.loop.run();
  }

  private async pollAll(): Promise<void> {
    for (const account of this.deps.accounts.accounts) {
      if (account.platform !== this.deps.platform) continue;
      await this.pollAccount(account.id).catch((error: unknown) => {
        if (isAppError(error, 'account_needs_reconnect')) {
          this.deps.logger.info(
            { event: 'poller.skipped', platform: this.deps.platform, reason: 'needs_reconnect' },
            'not polled: the account needs connecting again',
          );
          return;
        }
        const code = isAppError(error) ? error.code : 'unexpected';
        this.deps.activity?.failed(this.deps.platform, account.id, code);
        this.deps.logger.warn(
          {
            event: 'poller.failed',
            platform: this.deps.platform,
            code,
          },
          'poll failed; the next run tries again',
        );
      });
    }
  }

  private async pollAccount(accountId: string): Promise<void> {
    const { state, clock, platform } = this.deps;
    const key = `${platform}:${accountId}`;
    const now = clock.now();
    const pausedUntil = await state.getWatermark(`pause:${key}`);
    if (pausedUntil && pausedUntil > utcIso(now)) return;
    const leaseUntil = utcIso(now.plus({ milliseconds: Math.max(this.deps.intervalMs, 30_000) * 2 }));
    if (!(await state.tryLease(`poll:${key}`, this.holder, utcIso(now), leaseUntil))) return;
    const watermark = await state.getWatermark(`since:${key}`);
    const resume = readResume(await state.getWatermark(`resume:${key}`), watermark);
    const cursor = { ...(watermark ? { watermark } : {}), ...(resume ? { resume } : {}) };
    const { tokens, source } = this.deps;
    const result = await withRenewal(tokens, { platform, accountId }, async () => {
      const token = await tokens.tokenFor(platform, accountId);
      return token === undefined ? undefined : source.fetchNew(accountId, token, cursor);
    });
    if (!result) return;
    const stored = await this.deps.ingester.ingest(
      result.events,
      this.deps.logger.child({ platform }),
      'read',
    );
    this.deps.activity?.read(platform, accountId);
    if (result.resume) {
      await state.setWatermark(`resume:${key}`, JSON.stringify(result.resume));
    } else {
      if (result.watermark && result.watermark !== watermark)
        await state.setWatermark(`since:${key}`, result.watermark);
      if (resume) await state.setWatermark(`resume:${key}`, '');
    }
    if (result.pauseUntil) {
      await state.setWatermark(`pause:${key}`, result.pauseUntil);
      this.deps.logger.warn(
        {
          event: 'poller.paused',
          platform,
          reason: result.pauseReason ?? 'unknown',
          until: result.pauseUntil,
        },
        result.pauseReason === 'quota_exceeded'
          ? `${PLATFORM_NAMES[platform]} quota spent: polling stops until it resets`
          : `${PLATFORM_NAMES[platform]} rate limit reached: polling waits for the window to reset`,
      );
    }
    this.deps.logger.info(
      {
        event: 'poller.polled',
        platform,
        ...stored,
        ...(result.resume ? { resumesLater: true } : {}),
        ...(result.quotaUnits !== undefined ? { quotaUnits: result.quotaUnits } : {}),
        ...(result.calls !== undefined ? { calls: result.calls } : {}),
      },
      'polled',
    );
  }

  /** For the daily overview: a line per account whose polling is paused. */
  async notes(): Promise<NoticeWords[]> {
    const notes: NoticeWords[] = [];
    const now = utcIso(this.deps.clock.now());
    for (const account of this.deps.accounts.accounts) {
      if (account.platform !== this.deps.platform) continue;
      const until = await this.deps.state.getWatermark(`pause:${this.deps.platform}:${account.id}`);
      if (until && until > now) {
        notes.push((T: AdminNoticeTexts) => T.pollingPaused(this.deps.platform, account.name, until));
      }
    }
    return notes;
  }

  start(): void {
    if (this.deps.intervalMs > 0) this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
