import type { AdminNoticeTexts, NoticeWords } from '../../../cards/locale/admin-notice-texts';
import { isAppError } from '../../domain/app-error';
import { addOfficeHours } from '../../domain/office-time';
import type { Platform } from '../../domain/platform';
import { quietAfterHours } from '../../domain/quiet-account';
import { isOfficeTime, type ReminderPolicy } from '../../domain/reminder-plan';
import { utcIso } from '../../domain/utc-iso';
import type {
  Clock,
  Log,
  Schedule,
  Scheduler,
  SubscriptionReader,
  TokenIntrospection,
} from '../../ports/index';
import type { Account } from '../../domain/account';
import type { AccountDirectory } from './account-directory';
import type { AccountActivity, ActivityRecord } from './account-activity';
import { endWarningDue } from '../../domain/credential';
import { tokenFingerprint } from './token-fingerprint';
import type { AdminNoticeOnce } from '../notices/admin-notice-once';
import { DateTime } from 'luxon';

export interface IntakeWatchDeps {
  readonly accounts: AccountDirectory;
  readonly activity: AccountActivity;
  readonly subscriptions: SubscriptionReader;
  readonly tokens: { tokenFor(platform: Platform, accountId: string): Promise<string | undefined> };
  readonly notice: AdminNoticeOnce;
  readonly clock: Clock;
  readonly logger: Log;
  /** The job's timer (bot/schedules). */
  readonly schedule: Scheduler;
  readonly policy: ReminderPolicy;
  /** When a fixed LinkedIn token ends, where the app's client may ask LinkedIn. */
  readonly linkedinEnds?: Pick<TokenIntrospection, 'endOf'>;
  /** The longest usual gap, in office hours. */
  readonly quietMaxHours: number;
  readonly intervalMs: number;
}

/** A subscription is read again once this old. */
const SUBSCRIPTION_CHECK_MS = 23 * 3_600_000;

/**
 * The webhook fields a Facebook Page must be subscribed to (`GET /{page-id}/subscribed_apps`): its feed, and
 * `messages` where its Messenger inbox is served. Instagram's fields are the app's own, set once for every account
 * and not readable per account with a Page token; the read-back covers what they would miss.
 */
export function expectedFields(accounts: AccountDirectory, account: Account): string[] {
  if (account.platform !== 'facebook') return [];
  return ['feed', ...(accounts.find('messenger', account.id) ? ['messages'] : [])];
}

/**
 * Watches each account's intake from inside: writes what this process saw (AccountActivity), reads each Meta
 * account's webhook subscription once a day and tells the admins when a field is gone, and tells them once when an
 * account has been quiet for longer than it usually is (learnt from its own recent comments, in office hours,
 * never longer than the ceiling; only in office hours, when someone can look).
 */
export class IntakeWatch {
  private readonly loop: Schedule;

  constructor(private readonly deps: IntakeWatchDeps) {
    this.loop = deps.schedule('intake-watch', deps.intervalMs, () => this.check());
  }

  async check(): Promise<void> {
    const { activity, logger } = this.deps;
    await activity
      .flush()
      .catch((error: unknown) =>
        logger.warn(
          { event: 'intake.flush_failed', code: isAppError(error) ? error.code : 'unexpected' },
          'account activity could not be written; the next check tries again',
        ),
      );
    for (const account of this.deps.accounts.accounts) {
      await this.checkAccount(account).catch((error: unknown) =>
        logger.warn(
          {
            event: 'intake.check_failed',
            platform: account.platform,
            code: isAppError(error) ? error.code : 'unexpected',
          },
          'intake could not be checked; the next check tries again',
        ),
      );
    }
    await activity.flush().catch(() => undefined);
  }

  private async checkAccount(account: Account): Promise<void> {
    const record = await this.deps.activity.of(account.platform, account.id);
    const now = this.deps.clock.now();
    const fields = expectedFields(this.deps.accounts, account);
    const checkedAt = record.subscription?.checkedAt;
    if (
      fields.length > 0 &&
      (!checkedAt || checkedAt < utcIso(now.minus({ milliseconds: SUBSCRIPTION_CHECK_MS })))
    )
      await this.checkSubscription(account, fields);
    if (account.platform === 'linkedin' && account.accessToken && !account.refreshToken)
      await this.checkFixedToken(account, account.accessToken, record.token);
    const hours = quietAfterHours(record.written, this.deps.policy, this.deps.quietMaxHours);
    const last = record.lastCommentAt;
    if (hours === undefined || !last || !isOfficeTime(now, this.deps.policy)) return;
    if (addOfficeHours(DateTime.fromISO(last), hours, this.deps.policy) > now) return;
    await this.deps.notice.tell(
      `quiet:${account.platform}:${account.id}:${last}`,
      (T: AdminNoticeTexts) => T.quietAccount(account.platform, account.name, last),
      'intake',
    );
  }

  private async checkSubscription(account: Account, expected: readonly string[]): Promise<void> {
    const { activity, tokens, subscriptions } = this.deps;
    const token = await tokens.tokenFor(account.platform, account.id).catch(() => undefined);
    if (!token) return;
    let subscribed: string[];
    try {
      subscribed = await subscriptions.subscribedFields(account.id, token);
    } catch (error) {
      activity.checkedSubscription(account.platform, account.id, [], true);
      throw error;
    }
    const missing = expected.filter((field) => !subscribed.includes(field));
    activity.checkedSubscription(account.platform, account.id, missing, false);
    if (missing.length === 0) return;
    this.deps.logger.warn(
      { event: 'intake.subscription_missing', platform: account.platform, fields: missing.join(',') },
      'a webhook subscription is gone',
    );
    await this.deps.notice.tell(
      `subscription:${account.platform}:${account.id}:${missing.join(',')}:${utcIso(this.deps.clock.now()).slice(0, 10)}`,
      (T: AdminNoticeTexts) => T.subscriptionMissing(account.platform, account.name, missing),
      'intake',
    );
  }

  /**
   * A LinkedIn token from the settings lasts 60 days and says nothing of it: LinkedIn is asked once a day (and at
   * once for a new token) when it ends, and the admins are warned 14, 7 and 1 days ahead.
   */
  private async checkFixedToken(
    account: Account,
    token: string,
    known: ActivityRecord['token'],
  ): Promise<void> {
    const introspection = this.deps.linkedinEnds;
    if (!introspection) return;
    // An account an admin connected calls with that credential: the settings' token is not in use, nor warned of.
    if ((await this.deps.tokens.tokenFor(account.platform, account.id)) !== token) return;
    const now = this.deps.clock.now();
    const fingerprint = tokenFingerprint(token);
    let endsAt = known?.fingerprint === fingerprint ? known.endsAt : undefined;
    const due =
      !known || known.fingerprint !== fingerprint || known.checkedAt < utcIso(now.minus({ hours: 23 }));
    if (due) {
      const end = await introspection.endOf(token);
      endsAt = end === 'inactive' ? undefined : end;
      this.deps.activity.checkedToken(account.platform, account.id, fingerprint, endsAt);
    }
    const days = endsAt ? endWarningDue(endsAt, now) : undefined;
    if (!endsAt || days === undefined) return;
    await this.deps.notice.tell(
      `credential-ends:${account.platform}:${account.id}:${endsAt.slice(0, 10)}:${days}`,
      (T: AdminNoticeTexts) => T.credentialEnds(account.platform, account.name, endsAt, days),
      'credential',
    );
  }

  /** Lines for the daily overview: subscriptions found missing. */
  async notes(): Promise<NoticeWords[]> {
    const notes: NoticeWords[] = [];
    for (const account of this.deps.accounts.accounts) {
      const record = await this.deps.activity.of(account.platform, account.id).catch(() => undefined);
      const missing = record?.subscription?.missing ?? [];
      if (missing.length > 0)
        notes.push((T: AdminNoticeTexts) => T.subscriptionMissing(account.platform, account.name, missing));
    }
    return notes;
  }

  start(): void {
    if (this.deps.intervalMs > 0) this.loop.start(true);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.deps.activity.flush().catch(() => undefined);
  }
}
