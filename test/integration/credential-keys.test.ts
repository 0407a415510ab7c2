import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { GOOGLE } from '../fakes/oauth-flavours';
import { googleClientEnv, startFakeOAuthServer, type FakeOAuthServer } from '../fakes/oauth-server';
import { startFakeYouTubeApi, type FakeYouTubeApi } from '../fakes/youtube-api';
import { eventually } from '../support/eventually';
import { TestClock } from '../support/test-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const CHANNEL = 'UCk3P9xQ2mR7tV1wY4zB8nLe';
const newKey = () => randomBytes(32).toString('base64');

describe('changing the token key: stored credentials sealed anew, and a lost key said in words', () => {
  let google: FakeOAuthServer;
  let youtube: FakeYouTubeApi;
  let clock: TestClock;
  let refreshToken: string;
  let prefix: string;
  const running: TestApp[] = [];

  beforeEach(async () => {
    prefix = `k${randomBytes(5).toString('hex')}`;
    clock = new TestClock('2026-11-10T10:00');
    google = await startFakeOAuthServer(GOOGLE, () => clock.now().toMillis());
    youtube = await startFakeYouTubeApi({ acceptsToken: (token) => google.accepts(token) });
    refreshToken = google.grant();
  });
  afterEach(async () => {
    for (const app of running.splice(0)) await app.stop(true);
    await google.close();
    await youtube.close();
  });

  /** The bot with the given keys, on the same tables each time (a redeploy). */
  async function deploy(keys: Record<string, string>): Promise<TestApp> {
    const app = await startTestApp({
      clock,
      tablePrefix: prefix,
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        ...googleClientEnv(google),
        YOUTUBE_API_URL: youtube.url,
        [`YOUTUBE_REFRESH_TOKEN_${CHANNEL}`]: refreshToken,
        ...keys,
      },
    });
    running.push(app);
    return app;
  }
  const unreadable = (app: TestApp) =>
    app.connector.personalMessages().filter((m) => /Inloggningen kan inte öppnas/.test(m.text));

  it('seals credentials under the new key while the old one is still given, so the old one can then go', async () => {
    const [first, second] = [newKey(), newKey()];
    const before = await deploy({ TOKEN_KEY: first });
    await before.install();
    await before.app.pollers.youtube.poll();
    assert.equal(google.renewals, 1);
    await before.stop(true);
    // Each redeploy comes a few minutes later: the stopped instance's hold on polling has run out.
    clock.set('2026-11-10T10:05');

    const rotating = await deploy({ TOKEN_KEY: second, TOKEN_KEY_PREVIOUS: first });
    await rotating.app.credentialWatch.check();
    await rotating.stop(true);
    clock.set('2026-11-10T10:10');

    const after = await deploy({ TOKEN_KEY: second });
    await after.install();
    await after.app.credentialWatch.check();
    const reads = youtube.requests.length;
    await after.app.pollers.youtube.poll();
    const read = youtube.requests.slice(reads).find((r) => r.path === '/youtube/v3/commentThreads');
    assert.ok(
      read && google.accepts(read.authorization!.replace('Bearer ', '')),
      'read with the stored token',
    );
    assert.equal(
      google.renewals,
      1,
      'the stored access token opened under the new key; nothing renewed again',
    );
    assert.equal(unreadable(after).length, 0);
  });

  it('tells the admins once when a credential is sealed under a key that is gone', async () => {
    const before = await deploy({ TOKEN_KEY: newKey() });
    await before.install();
    await before.app.pollers.youtube.poll();
    await before.stop(true);

    const lost = await deploy({ TOKEN_KEY: newKey() });
    await lost.install();
    await lost.app.credentialWatch.check();
    await lost.app.credentialWatch.check();
    await eventually(() => assert.equal(unreadable(lost).length, 1));
    assert.match(unreadable(lost)[0]!.text, /YouTube \(Norrviks kommun på YouTube\).*TOKEN_KEY_PREVIOUS/);
  });
});
