import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeXApi, type FakeXApi } from '../fakes/x-api';
import { startFakeYouTubeApi, type FakeYouTubeApi } from '../fakes/youtube-api';
import { cardButtons, cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { MEGAN } from '../support/teams-activities';
import { FIXTURES, fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const deliveries = JSON.parse(readFileSync(path.join(FIXTURES, 'webhook-deliveries.json'), 'utf8')) as {
  test_secrets: Record<string, string>;
  deliveries: Record<string, { headers: Record<string, string> }>;
};
const X_ACCOUNT = '1329847561029384192';
const X_REPLY = '2120241964920390779';
const CHANNEL = 'UCk3P9xQ2mR7tV1wY4zB8nLe';
const YOUTUBE_COMMENT = 'Ugw8fj-Q5tql-At5-W_4AaABAg';

describe('moderation on X and YouTube (BBS-lagen 5 §, from the card)', () => {
  let t: TestApp;
  let x: FakeXApi;
  let youtube: FakeYouTubeApi;

  beforeEach(async () => {
    x = await startFakeXApi();
    youtube = await startFakeYouTubeApi();
    t = await startTestApp({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        X_WEBHOOK: 'on',
        X_CONSUMER_SECRET: deliveries.test_secrets.X_CONSUMER_SECRET ?? '',
        X_API_URL: x.url,
        [`X_USER_TOKEN_${X_ACCOUNT}`]: 'test-x-token',
        X_POLL_INTERVAL_MS: '0',
        YOUTUBE_API_URL: youtube.url,
        [`YOUTUBE_TOKEN_${CHANNEL}`]: 'test-youtube-token',
      },
    });
    await t.install();
  });
  afterEach(async () => {
    await t.stop(true);
    await x.close();
    await youtube.close();
  });

  async function xReplyCard(): Promise<string> {
    const file = 'x-tweet-create-reply.json';
    await fetch(`${t.url}/api/webhooks/x`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Twitter-Webhooks-Signature':
          deliveries.deliveries[file]?.headers['X-Twitter-Webhooks-Signature'] ?? '',
      },
      body: new Uint8Array(fixtureBytes(file)),
    });
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    return 'activity-1';
  }

  const xKey = { commentKey: `x:${X_REPLY}` };
  const hiding = () => x.requests.filter((r) => r.method === 'PUT');

  it('hides a reply on X and shows it again; X offers no removal', async () => {
    const activity = await xReplyCard();
    const first = t.connector.newThreads()[0]?.body ?? {};
    assert.ok(cardButtons(cardOf(first)).includes('Dölj kommentaren'));
    assert.ok(!cardButtons(cardOf(first)).includes('Ta bort'), 'X cannot delete a resident’s post');

    const hidden = await t.click(MEGAN, activity, 'hide', { ...xKey, moderationReason: 'olaga_hot' });
    assert.equal(hiding()[0]?.path, `/2/tweets/${X_REPLY}/hidden`);
    assert.deepEqual(hiding()[0]?.body, { hidden: true });
    assert.equal(hiding()[0]?.authorization, 'Bearer test-x-token');
    assert.match(
      cardText(hidden),
      /Dold på X av Megan Bowen – Olaga hot \(BBS-lagen 5 § 1 a, 4 kap\. 5 § brottsbalken\)/,
    );

    const shown = await t.click(MEGAN, activity, 'unhide', xKey);
    assert.deepEqual(hiding()[1]?.body, { hidden: false });
    assert.match(cardText(shown), /Ny – ingen har tagit den/);

    const removal = await t.click(MEGAN, activity, 'remove', {
      ...xKey,
      moderationReason: 'spam',
      removeConfirm: 'true',
    });
    assert.match(cardText(removal), /låter inte Svarsvakten göra det/);
    assert.equal(hiding().length, 2, 'nothing asked of X');
    assert.equal(x.requests.filter((r) => r.method === 'DELETE').length, 0);
  });

  it('says so in Swedish and changes nothing when X refuses to hide a post outside the account’s threads', async () => {
    const activity = await xReplyCard();
    x.postScript.push({ status: 403, body: { title: 'Forbidden', status: 403, type: 'about:blank' } });
    const card = await t.click(MEGAN, activity, 'hide', { ...xKey, moderationReason: 'spam' });
    assert.match(cardText(card), /bara svar i kontots egna trådar/);
    assert.match(cardText(card), /Ny – ingen har tagit den/);
    const register = await (await fetch(`${t.url}/api/overview/moderation.csv`)).text();
    assert.doesNotMatch(register, new RegExp(X_REPLY), 'nothing registered that was not done');
  });

  it('holds a YouTube comment for review, publishes it again, and rejects it for removal', async () => {
    await t.app.pollers.youtube.poll();
    await eventually(() => assert.equal(t.connector.newThreads().length, 3));
    const texts = t.connector.newThreads().map((thread) => cardText(cardOf(thread.body)));
    const activity = `activity-${texts.findIndex((text) => text.includes('@mats-edlund')) + 1}`;
    const key = { commentKey: `youtube:${YOUTUBE_COMMENT}` };
    const statuses = () =>
      youtube.requests
        .filter((r) => r.path === '/youtube/v3/comments/setModerationStatus')
        .map((r) => [r.query.get('id'), r.query.get('moderationStatus')]);

    const hidden = await t.click(MEGAN, activity, 'hide', { ...key, moderationReason: 'personangrepp' });
    assert.match(cardText(hidden), /Dold på YouTube av Megan Bowen/);
    await t.click(MEGAN, activity, 'unhide', key);
    const removed = await t.click(MEGAN, activity, 'remove', {
      ...key,
      moderationReason: 'olaga_integritetsintrang',
      removeConfirm: 'true',
    });
    assert.match(cardText(removed), /Borttagen på YouTube av Megan Bowen/);
    assert.deepEqual(statuses(), [
      [YOUTUBE_COMMENT, 'heldForReview'],
      [YOUTUBE_COMMENT, 'published'],
      [YOUTUBE_COMMENT, 'rejected'],
    ]);

    const register = (await (await fetch(`${t.url}/api/overview/moderation.csv`)).text()).split('\r\n');
    assert.deepEqual(
      register.filter((row) => row.includes(YOUTUBE_COMMENT)).map((row) => row.split(';')[4]),
      ['dold', 'visad igen', 'borttagen'],
    );
  });
});
