import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { TEAM_ID } from '../support/teams-activities';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import {
  fixtureBytes,
  META_APP_SECRET,
  META_VERIFY_TOKEN,
  startTestApp,
  type TestApp,
} from '../support/test-app';

describe('Meta webhook (Facebook Page feed)', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp();
    await t.install();
  });
  afterEach(() => t.stop(true));

  describe('subscription handshake', () => {
    it('answers the challenge as plain text when the verify token matches', async () => {
      const response = await fetch(
        `${t.url}/api/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${META_VERIFY_TOKEN}`,
      );
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /text\/plain/);
      assert.equal(await response.text(), '1158201444');
    });

    it('refuses a wrong verify token with 403', async () => {
      const response = await fetch(
        `${t.url}/api/webhooks/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess`,
      );
      assert.equal(response.status, 403);
    });
  });

  it('posts a new comment as a card, in a new thread of the General channel, with the comment text', async () => {
    const response = await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    assert.equal(response.status, 200);
    const [thread] = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 1);
      return t.connector.newThreads();
    });
    assert.equal(thread?.conversationId, TEAM_ID);
    const text = cardText(cardOf(thread?.body ?? {}));
    assert.match(text, /Anna Lindqvist/);
    assert.match(text, /Vilken dag töms soptunnorna i Västra Hagen/);
    assert.match(text, /Norrviks kommun/);
    assert.match(text, /Svara senast\s*: ons 11 nov kl\. 08:42/);
    assert.match(text, /\(Ta\)/);
  });

  it('acknowledges only once the comment is stored', async () => {
    const response = await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    assert.equal(response.status, 200);
    const stored = await t.store.get({
      platform: 'facebook',
      commentId: '122187654321098765_1184736291045827',
    });
    assert.equal(stored?.value.authorName, 'Anna Lindqvist');
    assert.equal(stored?.value.state, 'open');
  });

  it('makes one card however often Meta delivers the same comment', async () => {
    const body = fixtureBytes('facebook-feed-comment-add.json');
    const answers = await Promise.all([t.postMeta(body), t.postMeta(body), t.postMeta(body)]);
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 200, 200],
    );
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.app.outbox.sweep();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(t.connector.newThreads().length, 1);
  });

  it('refuses a wrong or missing signature with 401 and stores nothing', async () => {
    const body = fixtureBytes('facebook-feed-comment-add.json');
    const wrong = await t.postMeta(body, 'sha256=' + '0'.repeat(64));
    const missing = await t.postMeta(body, null);
    assert.equal(wrong.status, 401);
    assert.equal(missing.status, 401);
    assert.equal(
      await t.store.get({ platform: 'facebook', commentId: '122187654321098765_1184736291045827' }),
      undefined,
    );
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 0);
  });

  it('refuses a body that was re-serialised after signing (the signature covers the raw bytes)', async () => {
    const raw = fixtureBytes('facebook-feed-comment-add.json');
    const signature = signMetaBody(raw, META_APP_SECRET);
    const reserialised = JSON.stringify(JSON.parse(raw.toString('utf8')));
    const response = await t.postMeta(reserialised, signature);
    assert.equal(response.status, 401);
  });

  it('answers 400 to signed JSON that does not parse, and 413 to a body over the limit', async () => {
    assert.equal((await t.postMeta('{"object": "page", ')).status, 400);
    assert.equal((await t.postMeta('x'.repeat(t.config.webhookMaxBytes + 1))).status, 413);
  });

  it("makes no card for the Page's own reply coming back", async () => {
    const response = await t.postMeta(fixtureBytes('facebook-feed-page-own-reply.json'));
    assert.equal(response.status, 200);
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 0);
  });

  it('reads every entry and change of a batched delivery, and ignores reactions', async () => {
    const response = await t.postMeta(fixtureBytes('facebook-feed-batched.json'));
    assert.equal(response.status, 200);
    const threads = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 2);
      return t.connector.newThreads();
    });
    const texts = threads.map((thread) => cardText(cardOf(thread.body))).join('\n---\n');
    assert.match(texts, /👍👍/);
    assert.match(texts, /simhallen har öppet till 21/);
    assert.match(texts, /Norrvik jobb/);
  });

  it('shows an edit on the posted card, saying it was edited', async () => {
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    const [thread] = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 1);
      return t.connector.newThreads();
    });
    await t.postMeta(fixtureBytes('facebook-feed-comment-edited.json'));
    const updates = await eventually(() => {
      const found = t.connector.updatesOf(`activity-1`);
      assert.equal(found.length, 1);
      return found;
    });
    assert.ok(thread);
    const text = cardText(cardOf(updates[0]?.body ?? {}));
    assert.match(text, /Tack på förhand! 🙏/);
    assert.match(text, /Redigerad/);
  });

  it('says on the card when the author removed the comment or it was hidden', async () => {
    await t.postMeta(fixtureBytes('facebook-feed-comment-offensive-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.postMeta(fixtureBytes('facebook-feed-comment-hide.json'));
    await eventually(() =>
      assert.match(
        cardText(cardOf(t.connector.updatesOf('activity-1').at(-1)?.body ?? {})),
        /dold på Facebook/,
      ),
    );

    const removedId = '122187654321098765_1187462901837465';
    const removal = fixtureBytes('facebook-feed-comment-remove.json');
    // The removed comment must be known first: deliver its "add" shaped from the removal itself.
    const add = JSON.parse(removal.toString('utf8')) as {
      entry: { changes: { value: Record<string, unknown> }[] }[];
    };
    const value = add.entry[0]?.changes[0]?.value ?? {};
    Object.assign(value, { verb: 'add', message: 'Varför svarar ingen?' });
    await t.postMeta(JSON.stringify(add));
    await eventually(() => assert.equal(t.connector.newThreads().length, 2));
    await t.postMeta(removal);
    await eventually(() =>
      assert.match(
        cardText(cardOf(t.connector.updatesOf('activity-2').at(-1)?.body ?? {})),
        /tagits bort av skribenten/,
      ),
    );
    const stored = await t.store.get({ platform: 'facebook', commentId: removedId });
    assert.equal(stored?.value.platformStatus, 'removed');
  });

  it('keeps comment text and author names out of the logs', async () => {
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const logs = t.logs.join('\n');
    assert.match(logs, /webhook\.accepted/);
    assert.doesNotMatch(logs, /Anna|Lindqvist|soptunnorna|t\\u00f6ms/);
  });
});
