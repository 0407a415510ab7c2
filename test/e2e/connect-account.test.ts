import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { GOOGLE } from '../fakes/oauth-flavours';
import { googleClientEnv, startFakeOAuthServer, type FakeOAuthServer } from '../fakes/oauth-server';
import { startFakeYouTubeApi, type FakeYouTubeApi } from '../fakes/youtube-api';
import { eventually } from '../support/eventually';
import { cardOf } from './deliver-comment';
import { startE2EStack, type E2EStack } from './e2e-stack';

/**
 * Anslut konto in Chromium: an admin connects the city's YouTube channel in the overview tab through Google's
 * consent (a local authorization server that answers as Google's does), sees it OK under Konton, and a comment
 * read with that credential becomes a card in the Agents Playground.
 */
describe('connecting an account in the overview tab, in Chromium', function () {
  this.timeout(180000);
  let stack: E2EStack;
  let google: FakeOAuthServer;
  let youtube: FakeYouTubeApi;
  let tab: Page;

  before(async () => {
    google = await startFakeOAuthServer(GOOGLE, () => Date.now());
    youtube = await startFakeYouTubeApi({ acceptsToken: (token) => google.accepts(token) });
    stack = await startE2EStack({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        ...googleClientEnv(google),
        YOUTUBE_API_URL: youtube.url,
        YOUTUBE_POLL_INTERVAL_MS: '0',
      },
    });
    google.redirectUris.push(`${stack.app.url}/api/connect/callback`);
    await stack.page.goto(stack.playground.url);
    await stack.page.getByText('General', { exact: true }).click();
    await eventually(async () => assert.equal((await stack.installations.listActive()).length, 1), 20000);
    tab = await stack.page.context().newPage();
  });

  after(async () => {
    await stack?.stop();
    await google?.close();
    await youtube?.close();
  });

  const youtubeRow = () => tab.locator('#accounts tr', { hasText: 'YouTube' });

  it('connects YouTube through Google’s consent and shows it OK under Konton', async () => {
    await tab.goto(`${stack.app.url}/tab/`);
    await youtubeRow().waitFor();
    assert.match(await youtubeRow().innerText(), /Saknas – svar för hand/);

    const [consent] = await Promise.all([
      tab.waitForEvent('popup'),
      youtubeRow()
        .getByRole('button', { name: /Anslut konto/ })
        .click(),
    ]);
    await consent.getByRole('button', { name: 'Tillåt' }).click();
    await tab.getByText('Norrviks kommun på YouTube är anslutet.').waitFor({ timeout: 15000 });
    await youtubeRow().getByText('OK', { exact: true }).waitFor({ timeout: 10000 });
    assert.equal(google.consents, 1);
    await tab.screenshot({ path: 'test-results/connect-account-konton.png', fullPage: true });
  });

  it('reads the channel’s comments with the connected credential: a card in the Playground', async () => {
    await stack.app.pollers.youtube.poll();
    await cardOf(stack, '@birgitta.sjoberg').waitFor({ timeout: 20000 });
    assert.match(await cardOf(stack, '@birgitta.sjoberg').innerText(), /bruna papperspåsarna/);
    const read = youtube.requests.find((r) => r.path === '/youtube/v3/commentThreads');
    assert.ok(read && google.accepts(read.authorization!.replace('Bearer ', '')));
    await stack.screenshot('connect-account-card');
  });
});
