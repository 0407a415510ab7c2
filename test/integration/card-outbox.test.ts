import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { cardOf, cardText } from '../support/card-text';
import { ALEX } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { eventually } from '../support/eventually';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';
import { utcIso } from '../../services/domain/utc-iso';

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
    const clock = new TestClock(utcIso(DateTime.now().setZone('Europe/Stockholm')));
    const first = await start({ clock });
    await first.install();
    // Teams fails the post (401: the connector did not take the bot's token this once): the comment is stored and
    // acknowledged, the card is not posted.
    first.connector.script.push({ status: 401 });
    assert.equal((await first.postMeta(fixtureBytes('facebook-feed-comment-add.json'))).status, 200);
    await eventually(() => assert.ok(first.logs.some((line) => line.includes('card.post.failed'))));
    await first.stop();

    assert.equal(first.connector.newThreads().length, 0);

    // Restarted on the same tables, past the retry's delay, with Teams taking posts again: posted at start, once.
    clock.set(utcIso(clock.now().plus({ minutes: 1 })));
    const second = await start({
      clock,
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
    assert.deepEqual(await second.queue.listPending(10), []);
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
    assert.deepEqual(await t.queue.listPending(10), []);
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
    const clock = new TestClock(utcIso(DateTime.now().setZone('Europe/Stockholm')));
    const a = await start({ clock });
    const b = await start({ clock, tablePrefix: a.tablePrefix, connector: a.connector, graph: a.graph });
    a.connector.script.push({ status: 401 });
    await a.install();
    await a.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.ok(a.logs.some((line) => line.includes('card.post.failed'))));
    clock.set(utcIso(clock.now().plus({ minutes: 1 })));
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

  it('keeps a card Teams refuses for good as a dead letter, tells the admin once, and posts it when retried', async () => {
    const t = await start();
    await t.install();
    t.connector.script.push({ status: 400, body: { error: { code: 'BadArgument' } } });
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.ok(t.logs.some((line) => line.includes('card.dead_letter'))));
    await t.app.outbox.sweep();
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 0, 'not tried again and again');
    const notices = t.connector.personalMessages().filter((m) => /kunde inte postas/.test(m.text));
    assert.equal(notices.length, 1, 'the admin is told once');
    assert.match(notices[0]?.text ?? '', /utkorg försök igen/);
    assert.match(
      await t.say(ALEX, 'utkorg lista'),
      /Facebook: Teams svarade teams_send_failed:400 efter 1 försök/,
    );
    assert.match(await t.say(ALEX, 'utkorg försök igen'), /1 kort ligger i kö igen/);
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 1, 'posted once retried');
    assert.deepEqual(await t.queue.listPending(10), []);
  });

  it('posts a fresh comment’s card in the next sweep, however many cards Teams refused for good', async function () {
    this.timeout(60_000);
    const clock = new TestClock(utcIso(DateTime.now().setZone('Europe/Stockholm')));
    // Unpaced: 150 refusals into one channel would otherwise take Teams' 60 per 30 seconds.
    const t = await start({ clock, env: { TEAMS_PACING: 'off' } });
    await t.install();
    for (let i = 0; i < 150; i += 1) t.connector.script.push({ status: 400 });
    const deliveries = Array.from({ length: 150 }, (_, i) =>
      metaCommentDelivery({
        pageId: '104857362918475',
        author: `Boende ${i}`,
        text: `Fråga ${i}`,
        writtenAt: Math.floor(Date.now() / 1000) - 3600,
      }),
    );
    for (const { body } of deliveries) assert.equal((await t.postMeta(body)).status, 200);
    await eventually(async () => assert.equal((await t.queue.listDeadLetters(200)).length, 150), 20_000);
    assert.equal(t.connector.script.length, 0, 'Teams refused each of the 150 once');
    // Teams fails the fresh comment's first post; the sweep after the retry's delay must reach it.
    t.connector.script.push({ status: 401 });
    const fresh = metaCommentDelivery({
      pageId: '104857362918475',
      author: 'Karin Berg',
      text: 'När öppnar badet?',
      writtenAt: Math.floor(Date.now() / 1000),
    });
    const failures = () => t.logs.filter((line) => line.includes('card.post.failed')).length;
    const before = failures();
    await t.postMeta(fresh.body);
    await eventually(() => assert.equal(failures(), before + 1));
    clock.set(utcIso(clock.now().plus({ minutes: 1 })));
    await t.app.outbox.sweep();
    const posted = t.connector.newThreads().map((call) => cardText(cardOf(call.body)));
    assert.equal(posted.length, 1);
    assert.match(posted[0] ?? '', /Karin Berg/);
    assert.equal((await t.queue.listDeadLetters(200)).length, 150);
  });
});
