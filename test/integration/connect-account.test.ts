import assert from 'node:assert/strict';
import { GOOGLE } from '../fakes/oauth-flavours';
import { googleClientEnv, startFakeOAuthServer, type FakeOAuthServer } from '../fakes/oauth-server';
import { startFakeYouTubeApi, type FakeYouTubeApi } from '../fakes/youtube-api';
import { eventually } from '../support/eventually';
import { TestClock } from '../support/test-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const CHANNEL = 'UCk3P9xQ2mR7tV1wY4zB8nLe';

interface Status {
  readonly platform: string;
  readonly id: string;
  readonly credential: string;
  readonly connectable: boolean;
}

describe('Anslut konto over HTTP: an admin connects a YouTube channel through Google’s consent', () => {
  let t: TestApp;
  let clock: TestClock;
  let google: FakeOAuthServer;
  let youtube: FakeYouTubeApi;

  beforeEach(async () => {
    clock = new TestClock('2026-11-10T10:00');
    google = await startFakeOAuthServer(GOOGLE, () => clock.now().toMillis());
    youtube = await startFakeYouTubeApi({ acceptsToken: (token) => google.accepts(token) });
    t = await startTestApp({
      clock,
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        ...googleClientEnv(google),
        YOUTUBE_API_URL: youtube.url,
      },
    });
    google.redirectUris.push(`${t.url}/api/connect/callback`);
    await t.install();
  });
  afterEach(async () => {
    await t.stop(true);
    await google.close();
    await youtube.close();
  });

  const youtubeStatus = async (): Promise<Status> => {
    const body = (await (await fetch(`${t.url}/api/accounts`)).json()) as { accounts: Status[] };
    return body.accounts.find((a) => a.platform === 'youtube')!;
  };
  const post = (path: string, body: object) =>
    fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** What the admin's browser does: the sign-in window, Google's page, "Tillåt", back to Svarsvakten. */
  async function consent(signIn: string): Promise<{ code: string; state: string }> {
    const go = await fetch(`${t.url}${signIn}`, { redirect: 'manual' });
    assert.equal(go.status, 302);
    const page = await fetch(go.headers.get('location')!);
    assert.equal(page.status, 200, await page.clone().text());
    const html = await page.text();
    const form = new URLSearchParams();
    for (const [, name, value] of html.matchAll(/name="(\w+)" value="([^"]*)"/g)) form.set(name!, value!);
    const allowed = await fetch(`${google.url}/consent`, { method: 'POST', body: form, redirect: 'manual' });
    const back = new URL(allowed.headers.get('location')!);
    assert.equal(`${back.origin}${back.pathname}`, `${t.url}/api/connect/callback`);
    const callback = await fetch(back);
    assert.match(await callback.text(), /connect-callback\.js/);
    return { code: back.searchParams.get('code')!, state: back.searchParams.get('state')! };
  }

  it('connects the channel, shows it OK under Konton, and polls its comments with the new credential', async () => {
    assert.deepEqual(
      { credential: (await youtubeStatus()).credential, connectable: (await youtubeStatus()).connectable },
      { credential: 'none', connectable: true },
    );
    const started = await post('/api/connect/start', { platform: 'youtube', accountId: CHANNEL });
    assert.equal(started.status, 200);
    const { signIn } = (await started.json()) as { signIn: string };
    const answer = await consent(signIn);
    const finished = await post('/api/connect/finish', answer);
    assert.equal(finished.status, 200, await finished.clone().text());
    assert.equal(google.consents, 1);
    assert.equal((await youtubeStatus()).credential, 'ok');

    await t.app.pollers.youtube.poll();
    await eventually(() => assert.ok(t.connector.newThreads().length >= 1));
    const read = youtube.requests.find((r) => r.path === '/youtube/v3/commentThreads');
    assert.ok(read && google.accepts(read.authorization!.replace('Bearer ', '')));

    // A day later the hour-long access token has been renewed from the refresh token the consent gave.
    clock.set('2026-11-11T10:00');
    await t.app.pollers.youtube.poll();
    assert.equal(google.renewals, 1);
  });

  it('takes a code once: the same answer again is refused in words, and what was connected stays', async () => {
    const { signIn } = (await (
      await post('/api/connect/start', { platform: 'youtube', accountId: CHANNEL })
    ).json()) as {
      signIn: string;
    };
    const answer = await consent(signIn);
    assert.equal((await post('/api/connect/finish', answer)).status, 200);
    const again = await post('/api/connect/finish', answer);
    assert.equal(again.status, 400);
    assert.deepEqual(await again.json(), { error: 'connect_expired' });
    assert.equal((await youtubeStatus()).credential, 'ok');
  });

  it('offers no connection for an account whose platform has no OAuth client here', async () => {
    const body = (await (await fetch(`${t.url}/api/accounts`)).json()) as { accounts: Status[] };
    assert.equal(body.accounts.find((a) => a.platform === 'x')?.connectable, false);
    const refused = await post('/api/connect/start', { platform: 'x', accountId: '1329847561029384192' });
    assert.equal(refused.status, 400);
    assert.deepEqual(await refused.json(), { error: 'connect_unavailable' });
  });
});
