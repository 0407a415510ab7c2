import assert from 'node:assert/strict';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { GOOGLE, GOOGLE_TESTING, LINKEDIN, X, type OAuthFlavour } from '../fakes/oauth-flavours';
import { startFakeOAuthServer, type FakeOAuthServer } from '../fakes/oauth-server';
import { startFakeXApi, type FakeXApi } from '../fakes/x-api';
import { startFakeYouTubeApi, type FakeYouTubeApi } from '../fakes/youtube-api';
import { cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { ALEX } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const CHANNEL = 'UCk3P9xQ2mR7tV1wY4zB8nLe';
const X_ACCOUNT = '1329847561029384192';
const LINKEDIN_ORG = '10485736';
const DAY_MS = 86_400_000;

describe('credentials that are renewed', () => {
  const apps: TestApp[] = [];
  const closers: (() => Promise<void>)[] = [];
  let clock: TestClock;
  let youtube: FakeYouTubeApi;
  let xApi: FakeXApi;

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop(true).catch(() => undefined);
    for (const close of closers.splice(0)) await close();
  });

  async function oauth(flavour: OAuthFlavour): Promise<FakeOAuthServer> {
    const server = await startFakeOAuthServer(flavour, () => clock.now().toMillis());
    closers.push(() => server.close());
    return server;
  }

  async function apis(google: FakeOAuthServer | undefined, x: FakeOAuthServer | undefined) {
    youtube = await startFakeYouTubeApi({ acceptsToken: (token) => google?.accepts(token) ?? false });
    xApi = await startFakeXApi({ acceptsToken: (token) => x?.accepts(token) ?? false });
    closers.push(
      () => youtube.close(),
      () => xApi.close(),
    );
  }

  async function start(env: Record<string, string>, tablePrefix?: string): Promise<TestApp> {
    const app = await startTestApp({
      clock,
      ...(tablePrefix ? { tablePrefix } : {}),
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        YOUTUBE_API_URL: youtube.url,
        X_API_URL: xApi.url,
        ...env,
      },
    });
    apps.push(app);
    await app.install();
    return app;
  }

  const googleEnv = (google: FakeOAuthServer, refreshToken: string) => ({
    GOOGLE_CLIENT_ID: google.clientId,
    GOOGLE_CLIENT_SECRET: google.clientSecret,
    GOOGLE_TOKEN_URL: google.tokenUrl,
    [`YOUTUBE_REFRESH_TOKEN_${CHANNEL}`]: refreshToken,
  });

  const moveOn = (ms: number) => clock.set(clock.now().plus({ milliseconds: ms }).toISO() ?? '');
  const failedPolls = (t: TestApp) => t.logs.filter((line) => /"event":"poller\.failed"/.test(line));
  const reconnectNotices = (t: TestApp) =>
    t.connector.personalMessages().filter((m) => /Behöver anslutas igen/.test(m.text));

  it('polls YouTube for 61 days on hour-long tokens renewed from the refresh token, none sealed in the clear or logged', async () => {
    clock = new TestClock('2026-12-07T09:00');
    const google = await oauth(GOOGLE);
    await apis(google, undefined);
    const refreshToken = google.grant();
    const t = await start(googleEnv(google, refreshToken));
    for (let day = 0; day <= 61; day += 1) {
      await t.app.pollers.youtube.poll();
      moveOn(DAY_MS + 3_600_000);
    }
    await eventually(() => assert.equal(t.connector.newThreads().length, 3));
    assert.deepEqual(failedPolls(t), []);
    assert.equal(youtube.requests.filter((r) => r.path === '/youtube/v3/commentThreads').length >= 62, true);
    assert.equal(google.renewals >= 62, true, 'a token a day, each after the last had ended');
    assert.deepEqual(google.refusals, []);
    const rows = createTableClients(azurite().connectionString, t.tablePrefix).credentials.listEntities();
    for await (const row of rows) {
      const stored = JSON.stringify(row);
      assert.equal(stored.includes(refreshToken), false, 'the refresh token is sealed');
      assert.equal(/google-access-/.test(stored), false, 'the access token is sealed');
    }
    assert.equal(
      t.logs.some((line) => line.includes(refreshToken) || /google-(access|refresh)-/.test(line)),
      false,
    );
  });

  it('keeps polling X on rotating refresh tokens with two processes on one store, never spending one twice', async () => {
    clock = new TestClock('2026-12-07T09:00');
    const x = await oauth(X);
    await apis(undefined, x);
    const env = {
      X_CLIENT_ID: x.clientId,
      X_CLIENT_SECRET: x.clientSecret,
      X_TOKEN_URL: x.tokenUrl,
      [`X_REFRESH_TOKEN_${X_ACCOUNT}`]: x.grant(),
    };
    const a = await start(env);
    const b = await start(env, a.tablePrefix);
    for (let step = 0; step < 61 * 4; step += 1) {
      // Both instances poll at once; the lease lets one read, and either may find the token due.
      await Promise.all([a.app.pollers.x.poll(), b.app.pollers.x.poll()]);
      moveOn(DAY_MS / 4);
    }
    assert.deepEqual(x.refusals, [], 'no refresh token was spent twice');
    assert.deepEqual([...failedPolls(a), ...failedPolls(b)], []);
    assert.equal(x.renewals >= 61 * 4, true);
    const mentionReads = xApi.requests.filter((r) => /\/mentions$/.test(r.path));
    assert.equal(mentionReads.length >= 61 * 4, true, 'every step was polled');
  });

  it('tells the admins once when Google ends a testing-mode refresh token after seven days, and the cards say so', async () => {
    clock = new TestClock('2026-12-07T09:00');
    const google = await oauth(GOOGLE_TESTING);
    await apis(google, undefined);
    const t = await start(googleEnv(google, google.grant()));
    for (let day = 0; day <= 9; day += 1) {
      await t.app.pollers.youtube.poll();
      await t.app.credentialWatch.check();
      moveOn(DAY_MS);
    }
    await eventually(() => assert.equal(t.connector.newThreads().length, 3));
    const [notice, ...more] = reconnectNotices(t);
    assert.deepEqual(more, [], 'told once');
    assert.equal(notice?.memberId, ALEX.aadObjectId);
    assert.match(notice?.text ?? '', /YouTube .*tar inte längre emot Svarsvaktens inloggning/);
    assert.match(notice?.text ?? '', new RegExp(`YOUTUBE_REFRESH_TOKEN_${CHANNEL}`));
    assert.equal(google.refusals.length >= 1, true);
    const card = await t.click(ALEX, 'activity-1', 'claim', {
      commentKey: 'youtube:Ugw8fj-Q5tql-At5-W_4AaABAg',
    });
    assert.match(cardText(card), /Behöver anslutas igen/);
    assert.match(cardText(card), /Jag har svarat där/);
  });

  it('marks a revoked grant at the first refused call, tells the admins once and stops polling it', async () => {
    clock = new TestClock('2026-12-07T09:00');
    const google = await oauth(GOOGLE);
    await apis(google, undefined);
    const t = await start(googleEnv(google, google.grant()));
    await t.app.pollers.youtube.poll();
    google.revokeAll();
    moveOn(600_000);
    await t.app.pollers.youtube.poll();
    moveOn(600_000);
    await t.app.pollers.youtube.poll();
    await eventually(() => assert.equal(reconnectNotices(t).length, 1));
    const reads = youtube.requests.filter((r) => r.path === '/youtube/v3/commentThreads').length;
    moveOn(600_000);
    await t.app.pollers.youtube.poll();
    assert.equal(
      youtube.requests.filter((r) => r.path === '/youtube/v3/commentThreads').length,
      reads,
      'a refused account is not polled',
    );
    assert.equal(reconnectNotices(t).length, 1);
  });

  it('warns the admins of a LinkedIn credential ending 14, 7 and 1 days ahead, each once', async () => {
    clock = new TestClock('2026-12-07T09:00');
    const linkedin = await oauth(LINKEDIN);
    await apis(undefined, undefined);
    const t = await start({
      LINKEDIN_CLIENT_ID: linkedin.clientId,
      LINKEDIN_CLIENT_SECRET: linkedin.clientSecret,
      LINKEDIN_TOKEN_URL: linkedin.tokenUrl,
      [`LINKEDIN_REFRESH_TOKEN_${LINKEDIN_ORG}`]: linkedin.grant(),
    });
    const ending = () => t.connector.personalMessages().filter((m) => /inloggning går ut/.test(m.text));
    await t.app.credentialWatch.check();
    clock.set('2027-11-21T09:00'); // 16 days before the refresh token's year is out
    await t.app.credentialWatch.check();
    assert.deepEqual(ending(), []);
    for (const [day, count] of [
      ['2027-11-23T10:00', 1],
      ['2027-11-25T10:00', 1],
      ['2027-11-30T10:00', 2],
      ['2027-12-01T10:00', 2],
      ['2027-12-06T10:00', 3],
    ] as const) {
      clock.set(day);
      await t.app.credentialWatch.check();
      await t.app.credentialWatch.check();
      assert.equal(ending().length, count, `by ${day}`);
    }
    assert.match(ending()[0]?.text ?? '', /LinkedIn \(Norrvik – jobba hos oss\).*går ut tis 7 dec/);
    assert.match(ending()[2]?.text ?? '', /mindre än en dag/);
  });

  it('takes a refresh token added after a fixed token was refused, and the account works again', async () => {
    clock = new TestClock('2026-12-07T09:00');
    const x = await oauth(X);
    await apis(undefined, x);
    const fixed = await start({ [`X_USER_TOKEN_${X_ACCOUNT}`]: 'a-fixed-token-x-no-longer-takes' });
    await fixed.app.pollers.x.poll();
    await eventually(() => assert.equal(reconnectNotices(fixed).length, 1));
    await fixed.stop();
    const renewed = await start(
      {
        X_CLIENT_ID: x.clientId,
        X_CLIENT_SECRET: x.clientSecret,
        X_TOKEN_URL: x.tokenUrl,
        [`X_REFRESH_TOKEN_${X_ACCOUNT}`]: x.grant(),
      },
      fixed.tablePrefix,
    );
    const before = xApi.requests.length;
    moveOn(600_000);
    await renewed.app.pollers.x.poll();
    assert.deepEqual(failedPolls(renewed), []);
    assert.equal(xApi.requests.length > before, true, 'polled again');
    assert.equal(x.renewals, 1);
  });
});
