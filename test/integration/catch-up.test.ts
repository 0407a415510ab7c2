import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { eventually } from '../support/eventually';
import { INSTAGRAM_ID, MetaWorld, PAGE_ID, type WrittenItem } from '../support/meta-world';
import { ALEX } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const ZONE = 'Europe/Stockholm';
/** A Tuesday morning: every deadline is the same time on Wednesday. */
const START = '2026-11-10T10:00';
const CATCH_UP_MINUTES = 15;

describe('Catch-up reads: a comment whose delivery never came still gets its card', () => {
  let t: TestApp;
  let clock: TestClock;
  let world: MetaWorld;

  beforeEach(async () => {
    clock = new TestClock(START);
    t = await startTestApp({
      clock,
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-meta.json',
        [`META_PAGE_TOKEN_${INSTAGRAM_ID}`]: 'instagram-page-token',
        CATCHUP_INTERVAL_MS: String(CATCH_UP_MINUTES * 60_000),
        TEAMS_PACING: 'off',
      },
    });
    world = new MetaWorld(t.graph);
    await t.install();
    await t.say(ALEX, `koppla messenger ${PAGE_ID}`);
    await readBack();
  });
  afterEach(() => t.stop(true));

  const readBack = async () => {
    await t.app.pollers.facebook.poll();
    await t.app.pollers.instagram.poll();
    await t.app.pollers.messenger.poll();
  };
  /** Cards posted to channels and threads (not 1:1 chats). */
  const cardPosts = () =>
    t.connector.calls.filter(
      (c) =>
        c.method === 'POST' &&
        c.status < 300 &&
        !c.conversationId.startsWith('a:personal-') &&
        Array.isArray(c.body.attachments),
    );
  const at = (minute: number) =>
    DateTime.fromISO(START, { zone: ZONE }).plus({ minutes: minute, seconds: 7 });

  /** 70 Facebook comments and replies, 60 Instagram comments and replies, 50 Messenger and 20 Direct messages. */
  function write(): WrittenItem[] {
    const items: WrittenItem[] = [];
    for (let i = 0; i < 70; i += 1) {
      // The last ten answer the first comment on their post.
      const parent = i >= 60 ? items[i - 60] : undefined;
      items.push(
        world.facebookComment(i % 10, at(Math.floor(i / 5)), `Fråga ${i} om parkeringen`, parent?.commentId),
      );
    }
    for (let i = 0; i < 60; i += 1) {
      const parent = i >= 50 ? items[70 + (i - 50)] : undefined;
      const media = parent ? (i - 50) % 8 : i % 8;
      items.push(
        world.instagramComment(media, at(Math.floor(i / 5)), `Kommentar ${i} 🌷`, parent?.commentId),
      );
    }
    for (let i = 0; i < 70; i += 1) {
      const inbox = i < 50 ? 'messenger' : 'instagram';
      items.push(
        world.message(inbox, `69${inbox.length}${i % 12}0412`, at(Math.floor(i / 5)), `Meddelande ${i}`),
      );
    }
    return items;
  }

  it('gives each of 200 items exactly one card, a fifth of them found only by the read-back, with the deadline from when it was written', async () => {
    const items = write();
    const delivered = items.filter((_, i) => i % 5 !== 0);
    for (const item of delivered) assert.equal((await t.postMeta(item.delivery)).status, 200);
    clock.set(DateTime.fromISO(START).plus({ minutes: CATCH_UP_MINUTES }).toFormat("yyyy-MM-dd'T'HH:mm"));
    await readBack();

    // A reply whose first comment was found in the same read waits for that card, and the outbox's next sweep
    // (every few seconds) posts it under it.
    await eventually(async () => {
      await t.app.outbox.sweep();
      for (const item of items)
        assert.ok((await t.store.get(item))?.value.card, `${item.commentId} has a card`);
    });
    assert.equal(cardPosts().length, 200);
    for (const item of items.filter((_, i) => i % 5 === 0)) {
      const stored = (await t.store.get(item))!.value;
      assert.equal(Date.parse(stored.writtenAt), item.writtenAt.toMillis());
      assert.equal(Date.parse(stored.deadline), item.writtenAt.plus({ hours: 24 }).toMillis());
    }

    // Read again, and Meta delivering late what the read-back found: nobody gets a second card.
    await readBack();
    for (const item of items.filter((_, i) => i % 5 === 0).slice(0, 10))
      assert.equal((await t.postMeta(item.delivery)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(cardPosts().length, 200);
  });

  it('puts Instagram direct messages where Messenger goes and answers them through the Page', async () => {
    const message = world.message('instagram', '6611220033', at(3), 'Hej! När öppnar badhuset?');
    clock.set('2026-11-10T10:15');
    await readBack();
    const stored = await eventually(async () => {
      const found = (await t.store.get(message))?.value;
      assert.ok(found?.card);
      return found;
    });
    // Without a binding of its own it would go nowhere, as a Messenger inbox does: it went where Messenger is bound.
    assert.equal(stored.origin, 'instagram_direct');
    const key = { commentKey: `messenger:${message.commentId}` };
    await t.click(ALEX, stored.card!.activityId, 'claim', key);
    await t.click(ALEX, stored.card!.activityId, 'reply', { ...key, replyText: 'Hej! Klockan sju.' });
    const sent = await eventually(() => {
      const found = t.graph.requests.find((r) => r.method === 'POST' && r.path.endsWith('/messages'));
      assert.ok(found);
      return found;
    });
    assert.match(sent.path, /\/me\/messages$/);
    assert.equal(sent.authorization, 'Bearer instagram-page-token');
    assert.deepEqual(sent.body.recipient, { id: '6611220033' });
  });

  it('takes an Instagram direct message from its webhook, marked as one', async () => {
    const message = world.message('instagram', '6611220034', at(1), 'Hej! Var hämtar jag mitt busskort?');
    assert.equal((await t.postMeta(message.delivery)).status, 200);
    const stored = await eventually(async () => {
      const found = (await t.store.get(message))?.value;
      assert.ok(found?.card);
      return found;
    });
    assert.equal(stored.origin, 'instagram_direct');
    assert.equal(stored.accountId, INSTAGRAM_ID);
    assert.equal(stored.text, 'Hej! Var hämtar jag mitt busskort?');
  });

  it('stops reading at Meta’s usage warning, waits, and then reads what the cut-short read missed', async () => {
    t.graph.readHeaders['X-Business-Use-Case-Usage'] = JSON.stringify({
      [PAGE_ID]: [
        {
          type: 'pages',
          call_count: 92,
          total_cputime: 10,
          total_time: 12,
          estimated_time_to_regain_access: 0,
        },
      ],
    });
    world.facebookComment(1, at(2), 'Första');
    clock.set('2026-11-10T10:15');
    const calls = t.graph.requests.length;
    await t.app.pollers.facebook.poll();
    assert.equal(t.graph.requests.length, calls + 1, 'the read stopped after the call that reported 92 %');
    assert.equal(cardPosts().length, 0);
    const before = t.graph.requests.length;
    world.facebookComment(1, at(20), 'Andra');
    clock.set('2026-11-10T10:30');
    await t.app.pollers.facebook.poll();
    assert.equal(t.graph.requests.length, before, 'no call while paused');
    assert.ok(t.logs.some((line) => line.includes('"poller.paused"') && line.includes('"facebook"')));
    // An hour later Meta reports the use down again: the read goes on from where the cut-short one began.
    delete t.graph.readHeaders['X-Business-Use-Case-Usage'];
    clock.set('2026-11-10T11:20');
    await t.app.pollers.facebook.poll();
    await eventually(async () => assert.equal(cardPosts().length, 2));
  });
});
