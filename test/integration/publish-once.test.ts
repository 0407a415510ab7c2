import assert from 'node:assert/strict';
import path from 'node:path';
import { signXBody } from '../../bot/webhooks/x/verify-x-signature';
import { startFakeXApi, type FakeXApi } from '../fakes/x-api';
import { cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { DateTime } from 'luxon';
import { feedFixture } from '../support/feed-delivery';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const DRAFT = 'Hej Anna! Hämtningen flyttas till fredag 25/12 under julveckan.';
const SERVER_ERROR = {
  status: 500,
  body: { error: { message: 'An unknown error occurred', type: 'OAuthException', code: 1 } },
};

describe('a reply is published once', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ env: { PLATFORM_TIMEOUT_MS: '300' } });
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.click(ALEX, 'activity-1', 'claim', KEY);
  });
  afterEach(() => t.stop(true));

  const posts = () => t.graph.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));
  const published = () => t.graph.replies.get(COMMENT.commentId) ?? [];

  it('after the bot died while Facebook took the reply, asks Facebook before sending again, and sends nothing twice', async () => {
    // A bot that waits the usual ten seconds for Facebook, which publishes the reply and answers long after.
    await t.stop();
    t = await startTestApp({ tablePrefix: t.tablePrefix, connector: t.connector, graph: t.graph });
    t.graph.script.push({ status: 200, body: { id: 'never-heard' }, applies: true, delayMs: 30_000 });
    const dying = t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: DRAFT }).catch(() => undefined);
    await eventually(() => assert.equal(published().length, 1));
    assert.equal((await t.store.get(COMMENT))?.value.state, 'sending', 'the send is under way');
    // The process is gone before it heard back: its send is never recorded.
    await t.stop();
    void dying;
    const later = DateTime.now().setZone('Europe/Stockholm').plus({ minutes: 3 });
    t = await startTestApp({
      tablePrefix: t.tablePrefix,
      connector: t.connector,
      graph: t.graph,
      clock: new TestClock(later.toFormat("yyyy-MM-dd'T'HH:mm:ss")),
      env: { PLATFORM_TIMEOUT_MS: '300' },
    });
    const card = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: DRAFT });
    assert.match(cardText(card), /Besvarad av Alex/);
    assert.equal(posts().length, 1, 'one POST in all');
    assert.equal(published().length, 1, 'one reply on Facebook');
    const stored = (await t.store.get(COMMENT))?.value;
    assert.equal(stored?.sent[0]?.platformReplyId, published()[0]?.id);
  });

  it('completes a send when Facebook’s echo of the reply arrives before its call returns', async () => {
    await t.stop();
    t = await startTestApp({
      tablePrefix: t.tablePrefix,
      connector: t.connector,
      graph: t.graph,
      env: { PLATFORM_TIMEOUT_MS: '5000' },
    });
    t.graph.script.push({ status: 200, body: { id: 'slow' }, applies: true, delayMs: 1500 });
    const sending = t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: DRAFT });
    await eventually(() => assert.equal(published().length, 1));
    const echo = published()[0]!;
    const delivery = feedFixture('facebook-feed-page-own-reply.json', {
      comment_id: echo.id,
      parent_id: COMMENT.commentId,
      message: echo.message,
    });
    assert.equal((await t.postMeta(delivery)).status, 200);
    assert.equal(
      (await t.store.get(COMMENT))?.value.state,
      'answered',
      'complete before Facebook answered the call',
    );
    await sending;
    const stored = (await t.store.get(COMMENT))?.value;
    assert.equal(stored?.state, 'answered');
    assert.equal(stored?.sent.length, 1, 'one answer recorded');
    assert.equal(stored?.sent[0]?.onPlatform, undefined, 'sent from the card, not answered on Facebook');
    assert.equal(
      t.connector.personalMessages().filter((m) => /besvarad på Facebook/i.test(m.text)).length,
      0,
    );
  });

  it('finds its reply on Facebook after a 500 that did publish it, and posts nothing twice', async () => {
    t.graph.script.push({ ...SERVER_ERROR, applies: true });
    const card = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: DRAFT });
    assert.match(cardText(card), /Besvarad av Alex/);
    assert.equal(posts().length, 1, 'one POST');
    assert.equal(published().length, 1, 'one reply on Facebook');
    const stored = (await t.store.get(COMMENT))?.value;
    assert.equal(stored?.sent[0]?.platformReplyId, published()[0]?.id, 'the reply found is the one recorded');
  });

  it('finds its reply after a call that timed out but was published', async () => {
    t.graph.script.push({ status: 200, body: { id: 'late' }, applies: true, delayMs: 1000 });
    const card = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: DRAFT });
    assert.match(cardText(card), /Besvarad av Alex/);
    assert.equal(posts().length, 1);
    assert.equal(published().length, 1);
  });

  it('looks first, then tries again, after a 500 that published nothing', async () => {
    t.graph.script.push(SERVER_ERROR);
    const card = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: DRAFT });
    assert.match(cardText(card), /Besvarad av Alex/);
    const calls = t.graph.requests.map(
      (r) => `${r.method} ${r.path.endsWith('/comments') ? 'comments' : ''}`,
    );
    assert.deepEqual(calls, ['POST comments', 'GET comments', 'POST comments']);
    assert.equal(published().length, 1);
  });

  it('says it cannot tell when Facebook cannot be asked, keeps the draft, and sends nothing more', async () => {
    t.graph.script.push({ ...SERVER_ERROR, applies: true }, SERVER_ERROR);
    const card = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: DRAFT });
    assert.match(cardText(card), /Okänt om svaret publicerades – kontrollera på Facebook/);
    assert.ok(cardText(card).includes(DRAFT), 'the draft is kept');
    assert.equal(posts().length, 1);
    const stored = (await t.store.get(COMMENT))?.value;
    assert.equal(stored?.state, 'claimed');
    assert.deepEqual(stored?.sent, []);
  });
});

describe('a reply on X whose outcome cannot be checked', () => {
  let t: TestApp;
  let x: FakeXApi;
  before(async () => {
    x = await startFakeXApi();
    t = await startTestApp({
      env: {
        ACCOUNTS_FILE: path.join(__dirname, '..', 'fixtures', 'accounts-all.json'),
        X_API_URL: x.url,
        X_WEBHOOK: 'on',
        X_CONSUMER_SECRET: 'x-secret',
        X_USER_TOKEN_1329847561029384192: 'x-token',
      },
    });
    await t.install();
  });
  after(async () => {
    await t.stop(true);
    await x.close();
  });

  it('is not posted again after a 503: the card says to check on X, with the draft kept', async () => {
    const body = fixtureBytes('x-tweet-create-reply.json');
    const response = await fetch(`${t.url}/api/webhooks/x`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'x-twitter-webhooks-signature': signXBody(body, 'x-secret'),
      },
      body: new Uint8Array(body),
    });
    assert.equal(response.status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const tweet = JSON.parse(body.toString('utf8')) as { tweet_create_events: { id_str: string }[] };
    const key = { commentKey: `x:${tweet.tweet_create_events[0]?.id_str ?? ''}` };
    await t.click(ALEX, 'activity-1', 'claim', key);
    x.postScript.push({ status: 503, body: { title: 'Service Unavailable', status: 503 } });
    const card = await t.click(ALEX, 'activity-1', 'reply', {
      ...key,
      replyText: 'Hej! Ja, fritids har öppet.',
    });
    assert.match(cardText(card), /Okänt om svaret publicerades – kontrollera på X/);
    assert.match(cardText(card), /Hej! Ja, fritids har öppet\./);
    assert.equal(x.requests.filter((r) => r.method === 'POST').length, 1, 'one POST, never a second');
  });
});
