import assert from 'node:assert/strict';
import { TableReminderStore } from '../../services/adapters/tables/table-reminder-store';
import { createTableClients } from '../../services/adapters/tables/table-names';
import type { StoredReminder } from '../../services/ports/index';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

// The fixture comment was written Tuesday 10 Nov 2026 08:42 (Stockholm), due Wednesday 08:42: a reminder at
// Tuesday's close (both before the deadline fall in the night), "Snart försenad" at 04:42, and at 08:42 the
// escalation and "Försenad".
const CARD = 'activity-1';
const FAR = '2027-01-01T00:00:00.000Z';
const ENV = { CLAIM_IDLE_HOURS: '0', PROMISE_ESCALATION_DAYS: '0' };

describe('a comment’s deadline reminders stored as one chained row', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.stop(true).catch(() => undefined);
    t = undefined;
  });

  const stored = async (app: TestApp) =>
    (
      await new TableReminderStore(
        createTableClients(azurite().connectionString, app.tablePrefix).comments,
      ).listDue(FAR, 1000)
    )
      .map((r) => r.value)
      .filter((r) => r.platform === 'facebook');

  it('writes one reminder row with the comment; each reminder takes its place in turn and all still come', async () => {
    const clock = new TestClock('2026-11-10T09:00');
    t = await startTestApp({ clock, env: ENV });
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t?.connector.newThreads().length, 1));
    const first = await stored(t);
    assert.equal(first.length, 1, 'one row for the comment’s four reminders');
    assert.deepEqual(
      [first[0]?.kind, ...(first[0]?.then ?? []).map((l) => l.kind)],
      ['before_deadline', 'badge', 'overdue', 'badge'],
    );

    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    assert.match(t.connector.threadReplies(CARD)[0]?.text ?? '', /Ingen har tagit Facebook-kommentaren ännu/);
    assert.deepEqual(
      (await stored(t)).map((r) => `${r.kind} ${r.then?.length}`),
      ['badge 2'],
      'the badge took the sent reminder’s place',
    );
    clock.set('2026-11-11T04:43');
    await t.app.reminders.sweep();
    assert.match(cardText(cardOf(t.connector.updatesOf(CARD).at(-1)?.body ?? {})), /⏰ Snart försenad/);
    clock.set('2026-11-11T08:43');
    await t.app.reminders.sweep();
    await t.app.reminders.sweep();
    assert.match(cardText(cardOf(t.connector.updatesOf(CARD).at(-1)?.body ?? {})), /⏰ Försenad/);
    assert.equal(t.connector.threadReplies(CARD).filter((r) => /🔴 Försenad/.test(r.text)).length, 1);
    assert.deepEqual(await stored(t), [], 'nothing left once the chain has run');
  });

  it('puts the next in place once: not again after another instance did it, nor twice when it is there', async () => {
    const tables = createTableClients(azurite().connectionString, `c${Date.now()}`);
    await tables.comments.createTable();
    const store = new TableReminderStore(tables.comments);
    const of = { platform: 'x', commentId: 'c1' };
    const head: StoredReminder = {
      kind: 'before_deadline',
      dueAt: '2026-11-20T10:00:00.000Z',
      then: [{ kind: 'overdue', dueAt: '2026-11-20T14:00:00.000Z' }],
      ...of,
    };
    const next: StoredReminder = { kind: 'overdue', dueAt: '2026-11-20T14:00:00.000Z', ...of };
    await store.add([head]);
    await store.done(head, next);
    await store.done(next);
    // A second instance finishing the same reminder late finds it gone and brings back nothing.
    await store.done(head, next);
    assert.deepEqual(await store.listDue(FAR, 10), []);

    await store.add([head, next]);
    await store.done(head, next);
    assert.deepEqual(
      (await store.listDue(FAR, 10)).map((r) => r.value.kind),
      ['overdue'],
    );
  });
});
