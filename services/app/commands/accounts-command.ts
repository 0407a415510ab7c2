import { ACCOUNT_TEXTS } from '../../../cards/locale/account-texts';
import type { Person } from '../../domain/person';
import type { AccessControl } from '../access/access-control';
import type { AccountDirectory } from '../accounts/account-directory';
import { accountStatuses, type AccountStatusDeps } from '../accounts/account-status';

export interface AccountsCommandDeps extends AccountStatusDeps {
  readonly access: AccessControl;
  readonly accounts: AccountDirectory;
}

/** `konton`: each account's credential, intake, webhook subscription and errors, for trained staff. */
export async function accountsCommand(deps: AccountsCommandDeps, actor: Person): Promise<string> {
  await deps.access.assertStaff(actor);
  const statuses = await accountStatuses(deps);
  if (statuses.length === 0) return ACCOUNT_TEXTS.none;
  const blocks = statuses.map((s) =>
    [
      ACCOUNT_TEXTS.name(s.platform, s.name, s.id),
      ACCOUNT_TEXTS.credential(s.credential, s.endsAt),
      ACCOUNT_TEXTS.intake(s.lastCommentAt, s.lastDeliveryAt, s.lastReadAt),
      ...(s.subscription.expected
        ? [
            ACCOUNT_TEXTS.subscription(
              s.subscription.missing,
              s.subscription.unreadable,
              s.subscription.checkedAt,
            ),
          ]
        : []),
      ACCOUNT_TEXTS.errors(s.errors),
    ].join('\n'),
  );
  return [ACCOUNT_TEXTS.heading(statuses.length), ...blocks].join('\n\n');
}
