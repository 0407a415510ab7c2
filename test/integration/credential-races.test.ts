import { silentLog } from '../support/silent-log';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { TokenCipher } from '../../services/adapters/credentials/token-cipher';
import { OAuthTokenClient } from '../../services/adapters/platforms/oauth-token-client';
import { TableCredentialStore } from '../../services/adapters/tables/table-credential-store';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { AccountCredentials } from '../../services/app/accounts/account-credentials';
import { X } from '../fakes/oauth-flavours';
import { startFakeOAuthServer, type FakeOAuthServer } from '../fakes/oauth-server';
import { azurite } from '../support/global-azurite';
import { TestClock } from '../support/test-clock';

const ACCOUNT = '1329847561029384192';
const KEY = randomBytes(32).toString('base64');
describe('renewing one account from several instances at once', () => {
  let x: FakeOAuthServer;
  let clock: TestClock;
  afterEach(() => x.close());

  /** One instance: its own store client, cipher and OAuth client, on the shared table. */
  async function instance(prefix: string, seed: string, refused: string[]) {
    const tables = createTableClients(azurite().connectionString, prefix);
    await ensureTables(tables);
    return new AccountCredentials({
      store: new TableCredentialStore(tables.credentials, new TokenCipher(KEY)),
      renewer: new OAuthTokenClient({
        x: { tokenUrl: x.tokenUrl, clientId: x.clientId, clientSecret: x.clientSecret, clientAuth: 'basic' },
      }),
      clock,
      log: silentLog,
      callTimeoutMs: 10_000,
      configured: (platform, accountId) => ({ platform, accountId, given: { refreshToken: seed } }),
      refused: async (platform) => {
        refused.push(platform);
      },
    });
  }

  it('spends each rotating refresh token once, and every caller gets a token X takes', async () => {
    clock = new TestClock('2026-12-07T09:00');
    x = await startFakeOAuthServer(X, () => clock.now().toMillis());
    const prefix = `t${randomBytes(6).toString('hex')}`;
    const seed = x.grant();
    const refused: string[] = [];
    const instances = await Promise.all([1, 2, 3].map(() => instance(prefix, seed, refused)));
    for (let round = 0; round < 12; round += 1) {
      // Twelve callers at once, across three instances, all finding the token ended.
      const tokens = await Promise.all(
        instances.flatMap((credentials) => [1, 2, 3, 4].map(() => credentials.tokenFor('x', ACCOUNT))),
      );
      for (const token of tokens) assert.equal(x.accepts(token ?? ''), true, `round ${round}`);
      clock.set(clock.now().plus({ hours: 2, minutes: 1 }).toISO() ?? '');
    }
    assert.deepEqual(x.refusals, [], 'no refresh token was offered twice');
    assert.deepEqual(refused, []);
    assert.equal(x.renewals, 12, 'one renewal per round');
  });
});
