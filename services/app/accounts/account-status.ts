import type { CredentialState } from '../../../cards/locale/account-texts';
import type { Platform } from '../../domain/platform';
import type { Clock, CredentialStore } from '../../ports/index';
import type { AccountDirectory } from './account-directory';
import type { AccountActivity } from './account-activity';
import { expectedFields } from './intake-watch';

/** One account as `konton` and the tab's Konton show it. No token and no resident's data is in it. */
export interface AccountStatus {
  readonly platform: Platform;
  readonly id: string;
  readonly name: string;
  readonly credential: CredentialState;
  readonly endsAt?: string;
  readonly lastCommentAt?: string;
  readonly lastDeliveryAt?: string;
  readonly lastReadAt?: string;
  readonly subscription: {
    readonly expected: boolean;
    readonly missing?: readonly string[];
    readonly unreadable: boolean;
    readonly checkedAt?: string;
  };
  readonly errors: readonly { readonly code: string; readonly count: number; readonly lastAt: string }[];
  /** Whether an admin can connect it by consenting on its platform (Anslut konto). */
  readonly connectable: boolean;
}

export interface AccountStatusDeps {
  readonly accounts: AccountDirectory;
  readonly activity: AccountActivity;
  readonly credentialStore: Pick<CredentialStore, 'list'>;
  readonly clock: Clock;
  /** Whether accounts on a platform are connected by consent here. */
  /** Which platforms an admin can connect an account on from the tab. */
  readonly connections?: { connects(platform: Platform): boolean };
}

/** Every configured account's credential, intake and errors, as far as storage and this process know them. */
export async function accountStatuses(deps: AccountStatusDeps): Promise<AccountStatus[]> {
  const { accounts, activity } = deps;
  const credentials = await deps.credentialStore.list();
  const statuses: AccountStatus[] = [];
  for (const account of accounts.accounts) {
    const owner = accounts.credentialOwner(account.platform, account.id);
    const stored = credentials.find((c) => c.platform === owner.platform && c.accountId === owner.accountId);
    const record = await activity.of(account.platform, account.id);
    const endsAt = stored?.endsAt ?? record.token?.endsAt;
    const credential: CredentialState =
      accounts.needsReconnect(account.platform, account.id) || stored?.refused
        ? 'reconnect'
        : accounts.canPublish(account.platform, account.id)
          ? 'ok'
          : 'none';
    statuses.push({
      platform: account.platform,
      id: account.id,
      name: account.name,
      credential,
      ...(endsAt ? { endsAt } : {}),
      ...(record.lastCommentAt ? { lastCommentAt: record.lastCommentAt } : {}),
      ...(record.lastDeliveryAt ? { lastDeliveryAt: record.lastDeliveryAt } : {}),
      ...(record.lastReadAt ? { lastReadAt: record.lastReadAt } : {}),
      subscription: {
        expected: expectedFields(accounts, account).length > 0,
        ...(record.subscription ? { missing: record.subscription.missing } : {}),
        unreadable: record.subscription?.unreadable === true,
        ...(record.subscription ? { checkedAt: record.subscription.checkedAt } : {}),
      },
      errors: Object.entries(record.errors)
        .map(([code, counted]) => ({ code, ...counted }))
        .sort((a, b) => b.count - a.count),
      connectable:
        owner.platform === account.platform && (deps.connections?.connects(account.platform) ?? false),
    });
  }
  return statuses;
}
