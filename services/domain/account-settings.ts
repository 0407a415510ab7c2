import type { Account } from './account';
import { PLATFORM_TRAITS, type Platform } from './platform';

/** An account id as it can stand in a setting's name. */
const settingSuffix = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');

/** Where an account's access token is configured: one variable per account, so each can be a Key Vault reference. */
export function tokenSettingFor(platform: Platform, id: string): string {
  return `${PLATFORM_TRAITS[platform].tokenSetting}${settingSuffix(id)}`;
}

/** Where an account's refresh token is configured, on the platforms whose tokens are renewed. */
export function refreshSettingFor(platform: Platform, id: string): string | undefined {
  const prefix = PLATFORM_TRAITS[platform].refreshSetting;
  return prefix === undefined ? undefined : `${prefix}${settingSuffix(id)}`;
}

/** The setting an admin puts a new credential in: the refresh token where one is used, else the access token. */
export function credentialSettingFor(account: Pick<Account, 'platform' | 'id' | 'refreshToken'>): string {
  const refresh = account.refreshToken ? refreshSettingFor(account.platform, account.id) : undefined;
  return refresh ?? tokenSettingFor(account.platform, account.id);
}
