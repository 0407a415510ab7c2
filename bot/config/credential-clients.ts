import { refreshSettingFor } from '../../services/domain/account-settings';
import { type Account } from '../../services/domain/account';
import type { Config, OAuthClientSettings } from './config-shape';
import type { Problems } from './problems';
import type { SettingValues } from './settings/catalogue';

/** One OAuth client: both its id and its secret, or neither. */
function client(
  id: string | undefined,
  secret: string,
  urls: { readonly tokenUrl: string; readonly authorizeUrl: string },
  names: readonly [string, string],
  problems: Problems,
): OAuthClientSettings | undefined {
  if (!id && !secret) return undefined;
  if (!id || !secret) {
    problems.add(id ? names[1] : names[0], `is needed with ${id ? names[0] : names[1]}`);
    return undefined;
  }
  return { clientId: id, clientSecret: secret, ...urls };
}

/** The OAuth clients that renew tokens (those configured) and the keys renewed tokens are sealed with. */
export function readCredentialSettings(
  v: SettingValues,
  accounts: readonly Account[],
  problems: Problems,
): Config['credentials'] {
  const youtube = client(
    v.GOOGLE_CLIENT_ID,
    v.GOOGLE_CLIENT_SECRET,
    { tokenUrl: v.GOOGLE_TOKEN_URL, authorizeUrl: v.GOOGLE_AUTHORIZE_URL },
    ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'],
    problems,
  );
  const x = client(
    v.X_CLIENT_ID,
    v.X_CLIENT_SECRET,
    { tokenUrl: v.X_TOKEN_URL, authorizeUrl: v.X_AUTHORIZE_URL },
    ['X_CLIENT_ID', 'X_CLIENT_SECRET'],
    problems,
  );
  // LinkedIn's one app secret also verifies its webhooks.
  const linkedin = v.LINKEDIN_CLIENT_ID
    ? client(
        v.LINKEDIN_CLIENT_ID,
        v.LINKEDIN_CLIENT_SECRET,
        { tokenUrl: v.LINKEDIN_TOKEN_URL, authorizeUrl: v.LINKEDIN_AUTHORIZE_URL },
        ['LINKEDIN_CLIENT_ID', 'LINKEDIN_CLIENT_SECRET'],
        problems,
      )
    : undefined;
  const clients = { ...(youtube ? { youtube } : {}), ...(x ? { x } : {}), ...(linkedin ? { linkedin } : {}) };
  const clientSetting = {
    youtube: 'GOOGLE_CLIENT_ID',
    x: 'X_CLIENT_ID',
    linkedin: 'LINKEDIN_CLIENT_ID',
  } as const;
  for (const account of accounts) {
    if (!account.refreshToken) continue;
    const platform = account.platform as keyof typeof clientSetting;
    if (!clients[platform]) {
      problems.add(
        refreshSettingFor(account.platform, account.id) ?? account.id,
        `needs ${clientSetting[platform]}: a refresh token is renewed by the app's OAuth client`,
      );
    }
  }
  return {
    key: v.TOKEN_KEY,
    previousKey: v.TOKEN_KEY_PREVIOUS,
    checkIntervalMs: v.CREDENTIAL_CHECK_INTERVAL_MS,
    clients,
  };
}
