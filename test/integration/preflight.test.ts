import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { startFakeLinkedInApi, type FakeLinkedInApi } from '../fakes/linkedin-api';
import { startFakeXApi, type FakeXApi } from '../fakes/x-api';
import { startFakeYouTubeApi, type FakeYouTubeApi } from '../fakes/youtube-api';
import { azurite } from '../support/global-azurite';
import { INSTAGRAM_ID, PAGE_ID } from '../support/meta-world';
import { ALEX } from '../support/teams-activities';
import { META_APP_SECRET, PAGE_TOKEN, startTestApp, type TestApp } from '../support/test-app';

/** `npm run preflight` as IT runs it, with the deployment's settings; its output and exit code. */
function runPreflight(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/preflight/run-preflight.ts'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

const rowOf = (out: string, start: string) =>
  out.split('\n').find((line) => line.startsWith(`| ${start}`)) ?? '';

describe('npm run preflight: a deployment checked before it goes live', function () {
  this.timeout(120_000);
  let t: TestApp;
  let x: FakeXApi;
  let youtube: FakeYouTubeApi;
  let linkedin: FakeLinkedInApi;
  let env: Record<string, string>;

  before(async () => {
    [x, youtube, linkedin] = await Promise.all([
      startFakeXApi(),
      startFakeYouTubeApi(),
      startFakeLinkedInApi(),
    ]);
    const accounts = {
      ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
      META_APP_ID: '1234567890123456',
      [`META_PAGE_TOKEN_${PAGE_ID}`]: PAGE_TOKEN,
      META_PAGE_TOKEN_109283746501928: 'jobb-page-token',
      [`META_PAGE_TOKEN_${INSTAGRAM_ID}`]: 'instagram-page-token',
      X_API_URL: x.url,
      X_USER_TOKEN_1329847561029384192: 'x-user-token',
      YOUTUBE_API_URL: youtube.url,
      YOUTUBE_TOKEN_UCk3P9xQ2mR7tV1wY4zB8nLe: 'youtube-token',
      LINKEDIN_API_URL: linkedin.url,
      LINKEDIN_TOKEN_10485736: 'linkedin-token',
    };
    t = await startTestApp({ env: accounts });
    await t.install();
    await t.say(ALEX, `koppla messenger ${PAGE_ID}`);
    env = {
      ...accounts,
      TABLES_CONNECTION_STRING: azurite().connectionString,
      TABLE_PREFIX: t.tablePrefix,
      META_GRAPH_URL: t.graph.url,
      META_APP_SECRET,
      PLAYGROUND: 'off',
    };
  });
  after(async () => {
    await t.stop(true);
    await Promise.all([x.close(), youtube.close(), linkedin.close()]);
  });

  it('reports a healthy setup, posts a test card to each channel and exits 0', async () => {
    const posted = t.connector.newThreads().length;
    const { code, out } = await runPreflight(env);
    assert.equal(code, 0, out);
    assert.match(out, /Allt som kontrollerades fungerar/);
    assert.match(
      rowOf(out, 'Facebook Norrviks kommun (104857362918475): inloggning'),
      /\| OK +\| giltig, går inte ut/,
    );
    assert.match(
      rowOf(out, 'Facebook Norrviks kommun (104857362918475): webhook'),
      /prenumererar på feed, messages/,
    );
    assert.match(rowOf(out, 'X @NorrvikKommun'), /\| OK +\| giltig +\|/);
    assert.match(rowOf(out, 'YouTube'), /\| OK /);
    assert.match(rowOf(out, 'LinkedIn'), /\| OK /);
    assert.match(rowOf(out, 'Kanal'), /provkort postat/);
    assert.equal(t.connector.newThreads().length, posted + 1, 'one test card to the one channel');
    assert.doesNotMatch(out, /page-token|x-user-token|linkedin-token/, 'no token printed');
  });

  it('names an expired Meta token and exits 1', async () => {
    t.graph.invalidTokens.add('jobb-page-token');
    try {
      const { code, out } = await runPreflight(env);
      assert.equal(code, 1);
      const row = rowOf(out, 'Facebook Norrvik jobb (109283746501928): inloggning');
      assert.match(row, /\| FEL +\| ogiltig: Error validating access token/);
      assert.match(out, /1 fel måste åtgärdas/);
    } finally {
      t.graph.invalidTokens.clear();
    }
  });

  it('names a webhook subscription that is missing and exits 1', async () => {
    t.graph.lists.set(`${PAGE_ID}/subscribed_apps`, [
      { id: '1234567890123456', name: 'Svarsvakten', subscribed_fields: ['messages'] },
    ]);
    try {
      const { code, out } = await runPreflight(env);
      assert.equal(code, 1);
      assert.match(
        rowOf(out, 'Facebook Norrviks kommun (104857362918475): webhook'),
        /FEL.*prenumererar inte på feed/,
      );
    } finally {
      t.graph.lists.delete(`${PAGE_ID}/subscribed_apps`);
    }
  });

  it('names a channel the bot cannot post to and exits 1', async () => {
    t.connector.script.push({ status: 403, body: { error: { code: 'BotNotInConversationRoster' } } });
    const { code, out } = await runPreflight(env);
    assert.equal(code, 1);
    assert.match(rowOf(out, 'Kanal'), /FEL.*provkortet kom inte fram: teams_send_failed \(403\)/);
  });
});
