import type { AdminNoticeTexts, NoticeWords } from '../../../cards/locale/admin-notice-texts';
import { isAppError } from '../../domain/app-error';
import { endWarningDue } from '../../domain/credential';
import type { AccountCredentials } from './account-credentials';
import type { Clock, CredentialStore, Log, Schedule, Scheduler } from '../../ports/index';
import type { Platform } from '../../domain/platform';
import type { AccountDirectory } from './account-directory';
import { credentialSettingFor } from '../../domain/account-settings';
import type { AdminNoticeOnce } from '../notices/admin-notice-once';

export interface CredentialWatchDeps {
  readonly accounts: AccountDirectory;
  /** Whether an account on a platform can be connected again with Anslut konto. */
  readonly connections?: { connects(platform: Platform): boolean };
  readonly credentials: AccountCredentials;
  readonly store: CredentialStore;
  readonly notice: AdminNoticeOnce;
  readonly clock: Clock;
  readonly logger: Log;
  /** The job's timer (bot/schedules). */
  readonly schedule: Scheduler;
  readonly intervalMs: number;
}

/**
 * Looks after every account's credential on an interval: renews tokens about to end even when no call needs
 * them, learns which accounts another instance found refused, and tells the admins 14, 7 and 1 days before a
 * credential's end date (once each, across instances).
 */
export class CredentialWatch {
  private readonly loop: Schedule;

  constructor(private readonly deps: CredentialWatchDeps) {
    this.loop = deps.schedule('credential-watch', deps.intervalMs, () => this.check());
  }

  async check(): Promise<void> {
    const { accounts, credentials, logger } = this.deps;
    for (const account of accounts.accounts) {
      await credentials.tokenFor(account.platform, account.id).catch((error: unknown) => {
        if (isAppError(error, 'account_needs_reconnect')) return;
        logger.warn(
          {
            event: 'credential.check_failed',
            platform: account.platform,
            code: isAppError(error) ? error.code : 'unexpected',
          },
          'credential could not be checked; the next check tries again',
        );
      });
    }
    await this.resealAndReport().catch((error: unknown) =>
      logger.warn(
        { event: 'credential.check_failed', code: isAppError(error) ? error.code : 'unexpected' },
        'sealed credentials could not be checked; the next check tries again',
      ),
    );
    await this.warnOfEnds().catch((error: unknown) =>
      logger.warn(
        { event: 'credential.check_failed', code: isAppError(error) ? error.code : 'unexpected' },
        'end dates could not be read; the next check tries again',
      ),
    );
  }

  /** Lines for the daily overview: accounts to connect again, and credentials ending within 14 days. */
  async notes(): Promise<NoticeWords[]> {
    const { accounts } = this.deps;
    const notes = accounts.accounts
      .filter(
        (account) => accounts.credentialOwner(account.platform, account.id).platform === account.platform,
      )
      .filter((account) => accounts.needsReconnect(account.platform, account.id))
      .map(
        (account) => (T: AdminNoticeTexts) =>
          T.needsReconnect(
            account.platform,
            account.name,
            credentialSettingFor(account),
            this.deps.connections?.connects(account.platform) ?? false,
          ),
      );
    const endings = await this.ending().catch((error: unknown) => {
      this.deps.logger.warn(
        { event: 'credential.check_failed', code: isAppError(error) ? error.code : 'unexpected' },
        'end dates could not be read for the overview',
      );
      return [];
    });
    for (const ending of endings) {
      notes.push((T: AdminNoticeTexts) =>
        T.credentialEnds(ending.platform, ending.name, ending.endsAt, ending.days),
      );
    }
    return notes;
  }

  private async ending() {
    const { accounts, clock } = this.deps;
    const now = clock.now();
    const found = [];
    for (const credential of await this.deps.store.list()) {
      const account = accounts.find(credential.platform, credential.accountId);
      const endsAt = credential.endsAt;
      if (!account || !endsAt || credential.refused) continue;
      const days = endWarningDue(endsAt, now);
      if (days !== undefined)
        found.push({ platform: account.platform, id: account.id, name: account.name, endsAt, days });
    }
    return found;
  }

  /**
   * After a key rotation, each credential still sealed under the previous key is sealed anew under the current one
   * (a conditional write: one another instance changed meanwhile is left for the next check), so the previous key
   * can go. One sealed under a key this process lacks cannot be opened: the admins are told once.
   */
  private async resealAndReport(): Promise<void> {
    const { store, accounts, logger } = this.deps;
    for (const summary of await store.list()) {
      if (summary.sealedUnder === 'previous') {
        const current = await store.read(summary.platform, summary.accountId);
        if (current && (await store.replace(current.credential, current.etag)))
          logger.info(
            { event: 'credential.resealed', platform: summary.platform },
            'sealed under the current key',
          );
      } else if (summary.sealedUnder === 'unknown') {
        const account = accounts.find(summary.platform, summary.accountId);
        if (!account) continue;
        await this.deps.notice.tell(
          `credential-unreadable:${summary.platform}:${summary.accountId}`,
          (T: AdminNoticeTexts) => T.credentialUnreadable(summary.platform, account.name),
          'credential',
        );
      }
    }
  }

  private async warnOfEnds(): Promise<void> {
    for (const ending of await this.ending()) {
      await this.deps.notice.tell(
        `credential-ends:${ending.platform}:${ending.id}:${ending.endsAt.slice(0, 10)}:${ending.days}`,
        (T: AdminNoticeTexts) => T.credentialEnds(ending.platform, ending.name, ending.endsAt, ending.days),
        'credential',
      );
    }
  }

  start(): void {
    this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
