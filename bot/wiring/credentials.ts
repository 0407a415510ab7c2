import type { AdminNoticeTexts } from '../../cards/locale/admin-notice-texts';
import { TokenCipher } from '../../services/adapters/credentials/token-cipher';
import { OAuthTokenClient, type OAuthClient } from '../../services/adapters/platforms/oauth-token-client';
import { TableCredentialStore } from '../../services/adapters/tables/table-credential-store';
import type { TableClient } from '@azure/data-tables';
import { AccountCredentials } from '../../services/app/accounts/account-credentials';
import { OAuthAuthorization } from '../../services/adapters/platforms/oauth-authorization';
import { TokenOwner } from '../../services/adapters/platforms/token-owner';
import { ConnectAccount } from '../../services/app/accounts/connect-account';
import type { Clock, PollerStateStore, Scheduler } from '../../services/ports/index';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { Config } from '../config/config-shape';
import { credentialSettingFor } from '../../services/domain/account-settings';
import type { OAuthClientSettings } from '../config/config-shape';
import type { AdminNoticeOnce } from '../../services/app/notices/admin-notice-once';
import { CredentialWatch } from '../../services/app/accounts/credential-watch';
import type { Logger } from './logger';

function oauthClient(settings: OAuthClientSettings, clientAuth: OAuthClient['clientAuth']): OAuthClient {
  return { ...settings, clientAuth };
}

/** Asks each platform which accounts a token may act for, at the configured API addresses. */
export function tokenOwner(config: Config): TokenOwner {
  return new TokenOwner({
    youtubeApiUrl: config.platforms.YOUTUBE_API_URL,
    xApiUrl: config.platforms.X_API_URL,
    linkedinApiUrl: config.platforms.LINKEDIN_API_URL,
    linkedinVersion: config.platforms.LINKEDIN_VERSION,
    timeoutMs: config.platformTimeoutMs,
  });
}

/**
 * The accounts' credentials, part of the composition root: the sealed store, the OAuth clients that renew tokens
 * (X wants its client in a Basic header, Google and LinkedIn in the form), the admins told of a refusal once per
 * refused credential, the watch that renews ahead and warns of end dates, and Anslut konto (an admin's consent on
 * the platform, through the same OAuth clients).
 */
export function wireCredentials(
  config: Config,
  deps: {
    readonly table: TableClient;
    readonly accounts: AccountDirectory;
    readonly notice: AdminNoticeOnce;
    readonly clock: Clock;
    readonly logger: Logger;
    readonly schedule: Scheduler;
    /** Where connections under way are kept (Anslut konto). */
    readonly pending: PollerStateStore;
  },
): {
  readonly credentials: AccountCredentials;
  readonly watch: CredentialWatch;
  readonly store: TableCredentialStore;
  readonly connect: ConnectAccount;
} {
  const { accounts, notice, clock, logger, schedule } = deps;
  const settings = config.credentials;
  const cipher = settings.key ? new TokenCipher(settings.key, settings.previousKey || undefined) : undefined;
  const store = new TableCredentialStore(deps.table, cipher);
  const { youtube, x, linkedin } = settings.clients;
  const renewer = new OAuthTokenClient(
    {
      ...(youtube ? { youtube: oauthClient(youtube, 'form') } : {}),
      ...(x ? { x: oauthClient(x, 'basic') } : {}),
      ...(linkedin ? { linkedin: oauthClient(linkedin, 'form') } : {}),
    },
    config.platformTimeoutMs,
  );
  const owner = tokenOwner(config);

  const authorization = new OAuthAuthorization(settings.clients, renewer, owner);
  const credentials = new AccountCredentials({
    store,
    renewer,
    clock,
    log: logger,
    configured: (platform, accountId) => {
      const owner = accounts.credentialOwner(platform, accountId);
      const account = accounts.find(owner.platform, owner.accountId);
      const given = account && {
        ...(account.accessToken ? { accessToken: account.accessToken } : {}),
        ...(account.refreshToken ? { refreshToken: account.refreshToken } : {}),
      };
      return { ...owner, ...(given ? { given } : {}) };
    },
    refused: async (platform, accountId, reason, fingerprint) => {
      const account = accounts.find(platform, accountId);
      if (!account) return;
      await notice.tell(
        `credential-refused:${platform}:${accountId}:${reason}:${fingerprint}`,
        (T: AdminNoticeTexts) =>
          T.needsReconnect(
            platform,
            account.name,
            credentialSettingFor(account),
            authorization.connects(platform),
          ),
        'credential',
      );
    },
    learnt: (platform, accountId, state) => accounts.learnt(platform, accountId, state),
    callTimeoutMs: config.platformTimeoutMs,
  });
  const watch = new CredentialWatch({
    schedule,
    accounts,
    credentials,
    store,
    notice,
    clock,
    logger,
    intervalMs: settings.checkIntervalMs,
    connections: authorization,
  });

  const connect = new ConnectAccount({
    authorization,
    credentials: store,
    pending: deps.pending,
    clock,
    log: logger,
    connected: (platform, accountId) => accounts.learnt(platform, accountId, 'ok'),
  });
  return { credentials, watch, store, connect };
}
