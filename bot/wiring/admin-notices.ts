import type {
  InstallationStore,
  NoticeLedger,
  ReaderLanguages,
  TeamsPoster,
} from '../../services/ports/index';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import { AdminNoticeOnce } from '../../services/app/notices/admin-notice-once';
import { DeadLetterNotice } from '../../services/app/notices/dead-letter-notice';
import { ForeignAccountNotifier } from '../../services/app/notices/foreign-account-notifier';
import { RouteRefusals } from '../../services/app/notices/route-refusals';
import { OutboxNoticeBoard } from '../../services/app/notices/outbox-notices';
import { UnroutedNotifier } from '../../services/app/notices/unrouted-notifier';
import type { Logger } from './logger';
import type { RouteResolver } from '../../services/app/posting/route-resolver';

/**
 * What the admins are told in 1:1 when something needs their hand, part of the composition root: items with no
 * channel, cards Teams will not take, a team that removed the app, events for an account not on the list.
 */
export function wireAdminNotices(deps: {
  readonly ledger: NoticeLedger;
  readonly poster: TeamsPoster;
  readonly routes: RouteResolver;
  readonly installations: InstallationStore;
  readonly adminIds: readonly string[];
  readonly accounts: AccountDirectory;
  readonly logger: Logger;
  /** The language each admin reads Teams in: each is told in theirs. */
  readonly languages: Pick<ReaderLanguages, 'of'>;
}) {
  const { ledger, poster, routes, installations, adminIds, accounts, logger, languages } = deps;
  const adminNotice = new AdminNoticeOnce({ ledger, poster, routes, adminIds, logger, languages });
  return {
    adminNotice,
    outboxNotices: new OutboxNoticeBoard({
      unrouted: new UnroutedNotifier({ notice: adminNotice, accounts, logger }),
      deadLetters: new DeadLetterNotice({ poster, routes, adminIds, logger, languages }),
      refusals: new RouteRefusals({ installations, routes, ledger, poster, adminIds, logger, languages }),
    }),
    foreignAccounts: new ForeignAccountNotifier(adminNotice, logger),
  };
}
