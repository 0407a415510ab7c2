import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;

describe('card outbox', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop(true).catch(() => undefined);
  });
  const start = async (...args: Parameters<typeof startTestApp>) => {
    const app = await startTestApp(...args);
    apps.push(app);
    return app;
  };

  it('posts the card exactly once after a crash between storing the comment and posting its card', async () => {
    const first = await start();
    await first.install();
    // Teams refuses the post: the comment is stored and acknowledged, the card is not posted.
    first.connector.script.push({ status: 400 });
    assert.equal((await first.postMeta(fixtureBytes('facebook-feed-comment-add.json'))).status, 200);
    await eventually(() => assert.ok(first.logs.some((line) => line.includes('card.post.failed'))));
    await first.stop();

    assert.equal(first.connector.newThreads().length, 0);

    // Restarted on the same tables, with Teams taking posts again: the outbox posts it at start, once.
    const second = await start({
      tablePrefix: first.tablePrefix,
      connector: first.connector,
      graph: first.graph,
    });
    await eventually(() => assert.equal(first.connector.newThreads().length, 1));
    await second.app.outbox.sweep();
    await second.app.outbox.sweep();
    assert.equal(first.connector.newThreads().length, 1);
    assert.match(cardText(cardOf(first.connector.newThreads()[0]?.body ?? {})), /Anna Lindqvist/);
    assert.equal((await second.store.get(COMMENT))?.value.card?.activityId, 'activity-1');
    assert.deepEqual(await second.store.listUnposted(10), []);
  });

  it('stops posting into a team that refused (403), tells the admin once, and posts everything when re-added', async () => {
    const t = await start();
    await t.install();
    t.connector.script.push({
      status: 403,
      body: {
        error: {
          code: 'BotNotInConversationRoster',
          message: 'The bot is not part of the conversation roster.',
        },
      },
    });
    assert.equal((await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'))).status, 200);
    await eventually(() => assert.equal(t.connector.personalMessages().length, 1));
    const notice = t.connector.personalMessages()[0];
    assert.equal(notice?.memberId, 'aad-alex', 'the admin');
    assert.match(notice?.text ?? '', /kan inte längre lägga ut kommentarer i teamet Kommunikation/);

    // More comments meanwhile: stored and acknowledged, not tried against the team, no second notice.
    const postsBefore = t.connector.calls.filter(
      (c) => c.method === 'POST' && !c.conversationId.startsWith('a:'),
    ).length;
    assert.equal((await t.postMeta(fixtureBytes('facebook-feed-batched.json'))).status, 200);
    await t.app.outbox.sweep();
    await t.app.outbox.sweep();
    assert.equal(
      t.connector.calls.filter((c) => c.method === 'POST' && !c.conversationId.startsWith('a:')).length,
      postsBefore,
    );
    assert.equal(t.connector.personalMessages().length, 1);
    assert.equal(t.connector.newThreads().length, 0);

    // The app is added to the team again: every waiting comment gets its card, once.
    await t.install();
    await eventually(async () => {
      await t.app.outbox.sweep();
      assert.equal(t.connector.newThreads().length, 3);
    });
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 3);
    assert.deepEqual(await t.store.listUnposted(10), []);
  });

  it('waits for an installation before posting, then posts what arrived meanwhile', async () => {
    const t = await start();
    assert.equal((await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'))).status, 200);
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 0);
    await t.install();
    await eventually(async () => {
      await t.app.outbox.sweep();
      assert.equal(t.connector.newThreads().length, 1);
    });
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 1);
  });

  it('posts one card when two instances on one store race for the same comment', async () => {
    const a = await start();
    const b = await start({ tablePrefix: a.tablePrefix, connector: a.connector, graph: a.graph });
    a.connector.script.push({ status: 400 });
    await a.install();
    await a.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.ok(a.logs.some((line) => line.includes('card.post.failed'))));
    await Promise.all([
      a.app.outbox.sweep(),
      b.app.outbox.sweep(),
      a.app.outbox.sweep(),
      b.app.outbox.sweep(),
    ]);
    await Promise.all([a.app.outbox.sweep(), b.app.outbox.sweep()]);
    assert.equal(a.connector.newThreads().length, 1);
    assert.equal((await a.store.get(COMMENT))?.value.card?.activityId, 'activity-1');
  });
});
