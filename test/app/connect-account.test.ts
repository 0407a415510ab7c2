import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { TokenCipher } from '../../services/adapters/credentials/token-cipher';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableCredentialStore } from '../../services/adapters/tables/table-credential-store';
import { TablePollerStateStore } from '../../services/adapters/tables/table-poller-state-store';
import { ConnectAccount } from '../../services/app/accounts/connect-account';
import type { AppError } from '../../services/domain/app-error';
import type { AccountAuthorization, RenewedTokens } from '../../services/ports/index';
import { azurite } from '../support/global-azurite';
import { TestClock } from '../support/test-clock';
import { RecordingLog } from './use-case-world';

const CHANNEL = 'UCk3P9xQ2mR7tV1wY4zB8nLe';
const REDIRECT = 'https://svarsvakten.malmo.se/api/connect/callback';

/** Google as the use case meets it: the consent asked for, the codes it hands out, the channel its tokens are for. */
class ScriptedGoogle implements AccountAuthorization {
  readonly asked: { state: string; challenge: string; redirectUri: string }[] = [];
  channels = [CHANNEL];
  /** code → the verifier whose S256 challenge the consent carried. */
  private readonly codes = new Map<string, string>();
  connects = (platform: string) => platform === 'youtube';
  consentUrl(_platform: string, request: { state: string; challenge: string; redirectUri: string }): string {
    this.asked.push(request);
    return `https://accounts.google.com/o/oauth2/v2/auth?state=${request.state}`;
  }
  /** The person consents: a code for the challenge of the last consent asked. */
  consent(): { code: string; state: string } {
    const last = this.asked.at(-1)!;
    const code = randomBytes(8).toString('hex');
    this.codes.set(code, last.challenge);
    return { code, state: last.state };
  }
  async exchange(_platform: string, grant: { code: string; verifier: string }): Promise<RenewedTokens> {
    const challenge = this.codes.get(grant.code);
    this.codes.delete(grant.code);
    if (challenge !== createHash('sha256').update(grant.verifier).digest('base64url'))
      throw new Error('invalid_grant');
    return {
      accessToken: `access-${grant.code}`,
      expiresInSeconds: 3599,
      refreshToken: `refresh-${grant.code}`,
    };
  }
  async accountIds(): Promise<string[]> {
    return this.channels;
  }
}

describe('use case: connect an account (Anslut konto)', () => {
  let google: ScriptedGoogle;
  let store: TableCredentialStore;
  let clock: TestClock;
  let connect: ConnectAccount;
  const connected: string[] = [];

  beforeEach(async () => {
    const tables = createTableClients(azurite().connectionString, `c${randomBytes(5).toString('hex')}`);
    await ensureTables(tables);
    google = new ScriptedGoogle();
    store = new TableCredentialStore(tables.credentials, new TokenCipher(randomBytes(32).toString('base64')));
    clock = new TestClock('2026-11-10T10:00');
    connect = new ConnectAccount({
      authorization: google,
      credentials: store,
      pending: new TablePollerStateStore(tables.pollers),
      clock,
      log: new RecordingLog(),
      connected: (platform, accountId) => connected.push(`${platform}:${accountId}`),
    });
  });

  const failure = async (promise: Promise<unknown>): Promise<string> =>
    promise.then(
      () => 'no error',
      (error: AppError) => error.code,
    );

  it('keeps the tokens of the admin’s consent, for that channel, and tells that it is connected', async () => {
    await connect.start('youtube', CHANNEL, 'aad-alex', REDIRECT);
    assert.equal(google.asked[0]!.redirectUri, REDIRECT);
    const answer = google.consent();
    await connect.finish(answer.state, answer.code, 'aad-alex');
    const kept = (await store.read('youtube', CHANNEL))?.credential;
    assert.equal(kept?.refreshToken, `refresh-${answer.code}`);
    assert.equal(kept?.accessExpiresAt, '2026-11-10T09:59:59.000Z');
    assert.ok(connected.includes(`youtube:${CHANNEL}`));
  });

  it('takes the answer only for the admin who started it, once, and within ten minutes', async () => {
    await connect.start('youtube', CHANNEL, 'aad-alex', REDIRECT);
    const answer = google.consent();
    assert.equal(await failure(connect.finish(answer.state, answer.code, 'aad-megan')), 'connect_expired');
    await connect.finish(answer.state, answer.code, 'aad-alex');
    assert.equal(await failure(connect.finish(answer.state, answer.code, 'aad-alex')), 'connect_expired');

    await connect.start('youtube', CHANNEL, 'aad-alex', REDIRECT);
    const late = google.consent();
    clock.set('2026-11-10T10:11');
    assert.equal(await failure(connect.finish(late.state, late.code, 'aad-alex')), 'connect_expired');
  });

  it('refuses a consent given for another channel and keeps nothing', async () => {
    google.channels = ['UCanotherChannel00000000'];
    await connect.start('youtube', CHANNEL, 'aad-alex', REDIRECT);
    const answer = google.consent();
    assert.equal(
      await failure(connect.finish(answer.state, answer.code, 'aad-alex')),
      'connect_other_account',
    );
    assert.equal(await store.read('youtube', CHANNEL), undefined);
  });

  it('says a platform without an OAuth client cannot be connected', async () => {
    assert.equal(
      await failure(connect.start('x', '1329847561029384192', 'aad-alex', REDIRECT)),
      'connect_unavailable',
    );
  });
});
