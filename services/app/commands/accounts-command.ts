import { commandWords } from '../../../cards/locale/command-words';
import type { Person } from '../../domain/person';
import type { ReaderLanguage } from '../../domain/reader-language';
import type { AccessControl } from '../access/access-control';
import type { AccountDirectory } from '../accounts/account-directory';
import { accountStatuses, type AccountStatusDeps } from '../accounts/account-status';

export interface AccountsCommandDeps extends AccountStatusDeps {
  readonly access: AccessControl;
  readonly accounts: AccountDirectory;
}

/** `konton`: each account's credential, intake, webhook subscription and errors, for trained staff. */
export async function accountsCommand(
  deps: AccountsCommandDeps,
  actor: Person,
  language?: ReaderLanguage,
): Promise<string> {
  const T = commandWords(language).accounts;
  await deps.access.assertStaff(actor);
  const statuses = await accountStatuses(deps);
  if (statuses.length === 0) return T.none;
  const blocks = statuses.map((s) =>
    [
      T.name(s.platform, s.name, s.id),
      T.credential(s.credential, s.endsAt),
      T.intake(s.lastCommentAt, s.lastDeliveryAt, s.lastReadAt),
      ...(s.subscription.expected
        ? [T.subscription(s.subscription.missing, s.subscription.unreadable, s.subscription.checkedAt)]
        : []),
      T.errors(s.errors),
    ].join('\n'),
  );
  return [T.heading(statuses.length), ...blocks].join('\n\n');
}
