import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeXApi, xAnswerFromFixture, type FakeXApi } from '../fakes/x-api';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { FIXTURES, fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const deliveries = JSON.parse(readFileSync(path.join(FIXTURES, 'webhook-deliveries.json'), 'utf8')) as {
  test_secrets: Record<string, string>;
  deliveries: Record<string, { headers: Record<string, string> }>;
};
const SECRET = deliveries.test_secrets.X_CONSUMER_SECRET ?? '';
const REPLY_ID = '2120241964920390779';
const KEY = { commentKey: `x:${REPLY_ID}` };
const TOKEN = 'test-x-user-token';

describe('X (Account Activity webhook, replies with API v2)', () => {
  let t: TestApp;
  let api: FakeXApi;

  beforeEach(async () => {
    api = await startFakeXApi();
    t = await startTestApp({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        X_WEBHOOK: 'on',
        X_CONSUMER_SECRET: SECRET,
        X_API_URL: api.url,
        X_USER_TOKEN_1329847561029384192: TOKEN,
        X_POLL_INTERVAL_MS: '0',
      },
    });
    await t.install();
  });
  afterEach(async () => {
    await t.stop(true);
    await api.close();
  });

  const post = (file: string, signature?: string) =>
    fetch(`${t.url}/api/webhooks/x`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Twitter-Webhooks-Signature':
          signature ?? deliveries.deliveries[file]?.headers['X-Twitter-Webhooks-Signature'] ?? '',
      },
      body: new Uint8Array(fixtureBytes(file)),
    });

  it('answers the CRC check with the response token X expects', async () => {
    const exchange = JSON.parse(fixtureBytes('x-crc-check.json').toString('utf8')) as {
      request: { query: { crc_token: string; nonce: string } };
      expected_response: { body: unknown };
    };
    const { crc_token, nonce } = exchange.request.query;
    const response = await fetch(`${t.url}/api/webhooks/x?crc_token=${crc_token}&nonce=${nonce}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), exchange.expected_response.body);
  });

  it('makes a card of a reply to the city, not of its own posts, and refuses a wrong signature', async () => {
    assert.equal((await post('x-tweet-create-reply.json')).status, 200);
    assert.equal((await post('x-own-tweet.json')).status, 200);
    assert.equal((await post('x-tweet-create-reply.json', 'sha256=bm9wZQ==')).status, 401);
    const [thread] = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 1);
      return t.connector.newThreads();
    });
    const text = cardText(cardOf(thread?.body ?? {}));
    assert.match(text, /X · @NorrvikKommun/);
    assert.match(text, /Erik Sandberg \(@ErikSandberg_\) skrev/);
    assert.match(text, /Gäller det även fritids\?/);
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 1);
  });

  it('reads the whole text of a long post, and marks it when its author deletes it', async () => {
    await post('x-tweet-create-mention-long.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const long = JSON.parse(fixtureBytes('x-tweet-create-mention-long.json').toString('utf8')) as {
      tweet_create_events: { extended_tweet: { full_text: string } }[];
    };
    const fullText = long.tweet_create_events[0]?.extended_tweet.full_text ?? '';
    const tail = fullText.slice(-30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(
      cardText(cardOf(t.connector.newThreads()[0]?.body ?? {})).replace(/\n\n/g, '\n'),
      new RegExp(tail.replace(/\n/g, '\\n+')),
    );
    await post('x-tweet-delete.json');
    await eventually(() =>
      assert.match(
        cardText(cardOf(t.connector.updatesOf('activity-1').at(-1)?.body ?? {})),
        /tagits bort av skribenten på X/,
      ),
    );
  });

  it('counts characters the way X does: a URL is 23, an emoji 2', async () => {
    await post('x-tweet-create-reply.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    const draft = 'Hej Erik! Ja 😊 https://www.norrvik.se/forskola/fritids/oppettider-under-jul-och-nyar';
    const preview = await t.click(ALEX, 'activity-1', 'preview', { ...KEY, replyText: draft });
    // "Hej Erik! Ja " 13 + emoji 2 + space 1 + URL 23 + "\n/Alex" 6 = 45 → 235 left of 280.
    assert.match(cardText(preview), /235 tecken kvar av 280 på X/);
    const tooLong = await t.click(ALEX, 'activity-1', 'preview', { ...KEY, replyText: '😊'.repeat(140) });
    assert.match(cardText(tooLong), /Svaret är 6 tecken för långt/);
  });

  it('replies with POST /2/tweets in reply to the post, signed', async () => {
    await post('x-tweet-create-reply.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    const card = await t.click(ALEX, 'activity-1', 'reply', {
      ...KEY,
      draft: 'Hej Erik! Ja, fritids har öppet.',
    });
    const request = api.requests.find((r) => r.method === 'POST');
    assert.equal(request?.authorization, `Bearer ${TOKEN}`);
    assert.deepEqual(request?.body, {
      text: 'Hej Erik! Ja, fritids har öppet.\n/Alex',
      reply: { in_reply_to_tweet_id: REPLY_ID },
    });
    assert.match(cardText(card), /Besvarad av Alex/);
  });

  it('says why in Swedish when X does not allow the reply or is rate limited, keeping the draft', async () => {
    await post('x-tweet-create-reply.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    api.postScript.push(xAnswerFromFixture('x-error-403-reply-not-allowed.json'));
    const refused = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, draft: 'Hej!' });
    assert.match(cardText(refused), /tillåter inte svar där/);
    api.postScript.push({
      ...xAnswerFromFixture('x-error-429.json'),
      headers: {
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 600),
      },
    });
    const limited = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, draft: 'Hej!' });
    assert.match(cardText(limited), /Försök igen om 10 minuter/);
    assert.ok(cardText(limited).includes('Hej!'));
  });
});
