import assert from 'node:assert/strict';
import { loadConfig } from '../../bot/config/load-config';

const COMPLETE_PRODUCTION = {
  MicrosoftAppId: 'app-id',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: 'tenant',
  META_APP_SECRET: 's',
  META_VERIFY_TOKEN: 'v',
  RETENTION_KEY: 'k'.repeat(32),
  ACCOUNTS_FILE: 'test/fixtures/accounts.json',
  TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  ADMIN_IDS: 'aad-admin',
  RETENTION_DAYS: '365',
  TEAMS_APP_ID: '3f2a9c41-7b5e-4d08-a6c1-9e8f7d6c5b4a',
};

describe('loadConfig', () => {
  it('runs in local mode on its embedded defaults: loopback, embedded Azurite, Playground on', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'local');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3978);
    assert.equal(config.storage.connectionString, undefined);
    assert.equal(config.playground.enabled, true);
    assert.equal(config.accounts[0]?.name, 'Malmö stad');
    assert.ok(Object.isFrozen(config));
  });

  it('cannot be changed after the start, not even deep inside', () => {
    const config = loadConfig({ ADMIN_IDS: 'aad-admin', OFFICE_HOURS: '07:30-16:00' });
    assert.throws(() => {
      (config.access.adminIds as string[]).push('someone-else');
    }, TypeError);
    assert.throws(() => {
      (config.reminders as { officeStart: number }).officeStart = 0;
    }, TypeError);
    assert.equal(config.reminders.officeStart, 7 * 60 + 30);
    assert.deepEqual(config.access.adminIds, ['aad-admin']);
  });

  it('names every missing or wrong variable at once in production', () => {
    assert.throws(
      () => loadConfig({ MicrosoftAppId: 'app', MicrosoftAppType: 'SingleTenant', PORT: 'eighty' }),
      (error: Error) =>
        [
          'MicrosoftAppTenantId',
          'MicrosoftAppPassword',
          'META_APP_SECRET',
          'META_VERIFY_TOKEN',
          'ACCOUNTS_FILE',
          'TABLES_CONNECTION_STRING',
          'RETENTION_DAYS',
          'RETENTION_KEY',
          'TEAMS_APP_ID',
          'PORT',
        ].every((name) => error.message.includes(name)),
    );
  });

  it('refuses a records key short enough to guess', () => {
    assert.throws(
      () => loadConfig({ ...COMPLETE_PRODUCTION, RETENTION_KEY: 'kort-nyckel' }),
      /RETENTION_KEY: must be at least 32 characters/,
    );
  });

  it('refuses to run local mode (no authentication) on a network address without the explicit override', () => {
    assert.throws(() => loadConfig({ HOST: '0.0.0.0' }), /ALLOW_LOCAL_MODE_ON_NETWORK/);
    assert.equal(
      loadConfig({ HOST: '0.0.0.0', ALLOW_LOCAL_MODE_ON_NETWORK: 'yes', PLAYGROUND: 'off' }).host,
      '0.0.0.0',
    );
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig({ ...COMPLETE_PRODUCTION, META_PAGE_TOKEN_104857362918475: 'page-token' });
    assert.equal(config.mode, 'production');
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.playground.enabled, false);
    assert.equal(config.platforms.META_GRAPH_URL, 'https://graph.facebook.com');
    assert.equal(config.accounts.find((a) => a.id === '104857362918475')?.accessToken, 'page-token');
    assert.equal(config.accounts.find((a) => a.id === '109283746501928')?.accessToken, undefined);
  });
});

/** The message loadConfig refuses a configuration with; '' when it takes it. */
function refusal(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('loadConfig refuses a half-configured production', () => {
  const COMPLETE = COMPLETE_PRODUCTION;

  it('requires the tenant id for every app type, naming what to put there', () => {
    for (const type of ['SingleTenant', 'MultiTenant', 'UserAssignedMSI']) {
      const message = refusal({ ...COMPLETE, MicrosoftAppType: type, MicrosoftAppTenantId: undefined });
      assert.match(
        message,
        /MicrosoftAppTenantId: is required in production, whatever MicrosoftAppType is/,
        type,
      );
      assert.match(message, /Entra tenant id/, type);
    }
  });

  it('refuses local mode under NODE_ENV=production or with a production-only setting', () => {
    assert.match(refusal({ NODE_ENV: 'production' }), /MicrosoftAppId: is required when NODE_ENV=production/);
    for (const name of ['MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType']) {
      assert.match(
        refusal({ [name]: 'SingleTenant' }),
        new RegExp(`MicrosoftAppId: is empty while ${name} is set`),
      );
    }
    assert.equal(loadConfig({ NODE_ENV: 'development' }).mode, 'local');
  });

  it('takes only https:// for the platforms and the key set in production', () => {
    for (const name of [
      'META_GRAPH_URL',
      'LINKEDIN_API_URL',
      'X_API_URL',
      'YOUTUBE_API_URL',
      'ENTRA_JWKS_URL',
    ]) {
      const message = refusal({ ...COMPLETE, [name]: 'http://proxy.example' });
      assert.match(message, new RegExp(`${name}: must be an https:// URL in production`), name);
      assert.equal(refusal({ ...COMPLETE, [name]: 'https://proxy.example' }), '', name);
    }
    assert.equal(
      loadConfig({ META_GRAPH_URL: 'http://127.0.0.1:3980' }).platforms.META_GRAPH_URL,
      'http://127.0.0.1:3980',
    );
  });
});

describe('loadConfig for renewed credentials', () => {
  const WITH_ALL = {
    ...COMPLETE_PRODUCTION,
    ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
    LINKEDIN_CLIENT_SECRET: 'linkedin-secret',
  };

  it('needs the sealing key once an OAuth client is configured in production', () => {
    const message = refusal({ ...WITH_ALL, GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'secret' });
    assert.match(message, /TOKEN_KEY: is required when an OAuth client is configured/);
    assert.equal(refusal(WITH_ALL), '', 'fixed tokens alone need no key');
  });

  it('names the client a refresh token needs, and the half of a client that is missing', () => {
    const message = refusal({
      ...WITH_ALL,
      YOUTUBE_REFRESH_TOKEN_UCk3P9xQ2mR7tV1wY4zB8nLe: 'refresh',
      X_CLIENT_ID: 'x-id',
    });
    assert.match(message, /YOUTUBE_REFRESH_TOKEN_UCk3P9xQ2mR7tV1wY4zB8nLe: needs GOOGLE_CLIENT_ID/);
    assert.match(message, /X_CLIENT_SECRET: is needed with X_CLIENT_ID/);
  });

  it('refuses a sealing key that is not 32 bytes of base64', () => {
    assert.match(refusal({ ...WITH_ALL, TOKEN_KEY: 'short' }), /TOKEN_KEY: must be 32 bytes in base64/);
  });
});
