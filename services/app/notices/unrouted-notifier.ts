import type { Log } from '../../ports/index';
import type { StoredComment } from '../../domain/comment';
import type { AdminNoticeTexts } from '../../../cards/locale/admin-notice-texts';
import type { AccountDirectory } from '../accounts/account-directory';
import type { AdminNoticeOnce } from './admin-notice-once';

/**
 * Messenger belongs to the contact centre (P7). When a Messenger message arrives and no channel is bound for it,
 * it stays stored (nothing goes to the main channel) and each admin is told once, in a 1:1 chat, how to bind one.
 */
export class UnroutedNotifier {
  constructor(
    private readonly deps: {
      readonly notice: AdminNoticeOnce;
      readonly accounts: AccountDirectory;
      readonly logger: Log;
    },
  ) {}

  async notify(comment: StoredComment): Promise<void> {
    // Other accounts without a channel are waiting for a team that refused them; RouteRefusals told the admins.
    if (comment.platform !== 'messenger') return;
    const account = this.deps.accounts.displayName(comment.platform, comment.accountId);
    const text = (T: AdminNoticeTexts) => T.unrouted(comment.platform, account, comment.accountId);
    const told = await this.deps.notice.tell(
      `unrouted:${comment.platform}:${comment.accountId}`,
      text,
      'unrouted',
    );
    if (told) {
      this.deps.logger.warn(
        { event: 'route.missing', platform: comment.platform },
        'messages stored without a channel',
      );
    }
  }
}
