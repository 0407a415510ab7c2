import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const TOP = '17982364519027463';
const REPLY = '18023947561230984';
const IG_TOKEN = 'test-ig-token';

describe('Instagram comments (Meta webhook, object "instagram")', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({
      env: { ACCOUNTS_FILE: 'test/fixtures/accounts-all.json', META_PAGE_TOKEN_17841405822304914: IG_TOKEN },
    });
    await t.install();
  });
  afterEach(() => t.stop(true));

  it('makes a card of a new comment, verified like every Meta delivery', async () => {
    assert.equal((await t.postMeta(fixtureBytes('instagram-comment.json'))).status, 200);
    const [thread] = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 1);
      return t.connector.newThreads();
    });
    const text = cardText(cardOf(thread?.body ?? {}));
    assert.match(text, /Instagram · @norrvikskommun/);
    assert.match(text, /@johanna\.berg\.nrv skrev/);
    assert.match(text, /Hur funkar datumparkeringen i vinter\?/);
    assert.equal(
      (await t.postMeta(fixtureBytes('instagram-comment.json'), 'sha256=' + 'a'.repeat(64))).status,
      401,
    );
  });

  it("makes cards of replies to comments, none of the account's own, and one per comment however often delivered", async () => {
    await t.postMeta(fixtureBytes('instagram-reply-to-comment.json'));
    await t.postMeta(fixtureBytes('instagram-reply-to-comment.json'));
    await t.postMeta(fixtureBytes('instagram-own-account-reply.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 1);
    assert.match(cardText(cardOf(t.connector.newThreads()[0]?.body ?? {})), /Svar på en annan kommentar/);
  });

  it('replies with POST /{ig-comment-id}/replies, signed, with the account’s token', async () => {
    await t.postMeta(fixtureBytes('instagram-comment.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const key = { commentKey: `instagram:${TOP}` };
    await t.click(ALEX, 'activity-1', 'claim', key);
    const card = await t.click(ALEX, 'activity-1', 'reply', {
      ...key,
      draft: 'Hej Johanna! Ja, den gäller där också.',
    });
    const [request] = t.graph.requests;
    assert.equal(request?.path, `/v24.0/${TOP}/replies`);
    assert.equal(request?.authorization, `Bearer ${IG_TOKEN}`);
    assert.equal(request?.body.message, 'Hej Johanna! Ja, den gäller där också.\n/Alex');
    assert.match(cardText(card), /Besvarad av Alex/);
  });

  it('puts a reply to a reply under the top-level comment, as Instagram only takes replies there', async () => {
    await t.postMeta(fixtureBytes('instagram-reply-to-comment.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const key = { commentKey: `instagram:${REPLY}` };
    await t.click(ALEX, 'activity-1', 'claim', key);
    await t.click(ALEX, 'activity-1', 'reply', { ...key, draft: 'Tack Oskar!' });
    assert.equal(t.graph.requests[0]?.path, `/v24.0/${TOP}/replies`);
  });

  it('hides an Instagram comment with `hide`', async () => {
    await t.postMeta(fixtureBytes('instagram-comment.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const card = await t.click(ALEX, 'activity-1', 'hide', {
      commentKey: `instagram:${TOP}`,
      moderationReason: 'spam',
    });
    assert.match(cardText(card), /Dold på Instagram av Alex Wilber/);
    assert.deepEqual(t.graph.requests[0]?.body, { hide: true });
    assert.equal(t.graph.requests[0]?.path, `/v24.0/${TOP}`);
  });
});
