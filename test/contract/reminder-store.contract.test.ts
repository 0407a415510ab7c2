import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableReminderStore } from '../../services/adapters/tables/table-reminder-store';
import type { ReminderStore, StoredReminder } from '../../services/ports/index';
import { InMemoryReminderStore } from '../fakes/memory/in-memory-reminder-store';
import { azurite } from '../support/global-azurite';

const implementations: [string, () => Promise<ReminderStore>][] = [
  [
    'Azure Tables on Azurite',
    async () => {
      const tables = createTableClients(azurite().connectionString, `r${randomBytes(6).toString('hex')}`);
      await ensureTables(tables);
      return new TableReminderStore(tables.comments);
    },
  ],
  ['in memory', async () => new InMemoryReminderStore()],
];

const at = (hour: number, minute = 0) =>
  `2026-12-03T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
const reminder = (
  commentId: string,
  dueAt: string,
  overrides: Partial<StoredReminder> = {},
): StoredReminder => ({ kind: 'badge', dueAt, platform: 'facebook', commentId, ...overrides });
const ids = (list: readonly { value: StoredReminder }[]) =>
  list.map((r) => `${r.value.commentId}@${r.value.dueAt}`);

for (const [name, open] of implementations) {
  describe(`reminder store contract: ${name}`, () => {
    it('lists what is due, oldest first across platforms, each reminder once however often it was added', async () => {
      const store = await open();
      const later = reminder('c3', at(12));
      await store.add([reminder('c1', at(9)), reminder('x1', at(8), { platform: 'x' }), later]);
      await store.add([reminder('c1', at(9))]);
      await store.add([reminder('daily', at(8, 30), { kind: 'daily_overview', platform: '-' })]);
      assert.deepEqual(ids(await store.listDue(at(10), 10)), [
        `x1@${at(8)}`,
        `daily@${at(8, 30)}`,
        `c1@${at(9)}`,
      ]);
      assert.deepEqual(ids(await store.listDue(at(10), 2)), [`x1@${at(8)}`, `daily@${at(8, 30)}`]);
      assert.deepEqual(ids(await store.listDue(at(7), 10)), []);
    });

    it('gives a due reminder to one claimant, hides it while claimed, and takes it back when released', async () => {
      const store = await open();
      await store.add([reminder('c1', at(9))]);
      const [due] = await store.listDue(at(10), 10);
      assert.ok(due);
      assert.equal(await store.claim(due, at(10, 5)), true);
      assert.equal(await store.claim(due, at(10, 5)), false, 'the second claim on the same read loses');
      assert.deepEqual(await store.listDue(at(10), 10), []);
      assert.equal((await store.listDue(at(10, 6), 10)).length, 1, 'due again once the claim ran out');
      await store.release(due.value, at(10, 1));
      assert.equal((await store.listDue(at(10, 2), 10)).length, 1);
    });

    it('puts the rest of a chain in a done reminder’s place once, and removes a comment’s reminders', async () => {
      const store = await open();
      const first = reminder('c1', at(9), { then: [{ kind: 'badge', dueAt: at(11) }] });
      const next = reminder('c1', at(11));
      await store.add([first, reminder('c2', at(9))]);
      await store.done(first, next);
      // Another instance does the same one again: nothing more is put in its place.
      await store.done(first, next);
      assert.deepEqual(ids(await store.listDue(at(12), 10)), [`c2@${at(9)}`, `c1@${at(11)}`]);
      assert.equal(await store.forgetFor([{ platform: 'facebook', commentId: 'c1' }]), 1);
      assert.deepEqual(ids(await store.listDue(at(12), 10)), [`c2@${at(9)}`]);
    });

    it('carries a chain with the reminder that leads it', async () => {
      const store = await open();
      const then = [{ kind: 'badge' as const, dueAt: at(11) }];
      await store.add([reminder('c1', at(9), { then })]);
      assert.deepEqual((await store.listDue(at(10), 10))[0]?.value.then, then);
    });
  });
}
