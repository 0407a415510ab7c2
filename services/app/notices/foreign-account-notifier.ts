import type { Log } from '../../ports/index';
import type { AdminNoticeTexts } from '../../../cards/locale/admin-notice-texts';
import type { Platform } from '../../domain/platform';
import type { AdminNoticeOnce } from './admin-notice-once';

/** An account id as it may be shown to an admin: the characters platform ids are made of, or nothing. */
function shownId(id: string): string | undefined {
  return /^[\w.:-]{1,64}$/.test(id) ? id : undefined;
}

/**
 * Events for an account that is not in the accounts file are dropped, whatever platform sent them: every drop is
 * a log line (with counts, not content), and each admin is told once per account, across restarts and instances.
 */
export class ForeignAccountNotifier {
  constructor(
    private readonly notice: AdminNoticeOnce,
    private readonly logger: Log,
  ) {}

  async dropped(platform: Platform, accountId: string, count: number): Promise<void> {
    this.logger.warn(
      { event: 'webhook.account_unknown', platform, dropped: count },
      'events for an account that is not configured were dropped',
    );
    const id = shownId(accountId);
    const text = (T: AdminNoticeTexts) => T.foreignAccount(platform, id);
    await this.notice.tell(`foreign:${platform}:${id ?? 'invalid'}`, text, 'foreign_account');
  }
}
