import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  REDACTION_PREFIX,
  REGISTRY_PREFIX,
  TableRedactionQueue,
} from '../../services/adapters/tables/table-redaction-queue';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import type { RegistryQueue } from '../../services/ports/index';
import { InMemoryRedactionQueue } from '../fakes/memory/in-memory-redaction-queue';
import { azurite } from '../support/global-azurite';

/** The registry's queue, and the redaction queue beside it in the same table. */
const implementations: [string, () => Promise<{ registry: RegistryQueue; redactions?: RegistryQueue }>][] = [
  [
    'Azure Tables on Azurite',
    async () => {
      const tables = createTableClients(azurite().connectionString, `q${randomBytes(6).toString('hex')}`);
      await ensureTables(tables);
      return {
        registry: new TableRedactionQueue(tables.comments, REGISTRY_PREFIX),
        redactions: new TableRedactionQueue(tables.comments, REDACTION_PREFIX),
      };
    },
  ],
  [
    'in memory',
    async () => ({ registry: new InMemoryRedactionQueue(), redactions: new InMemoryRedactionQueue() }),
  ],
];

/** What is due, without the versions each store gives its marks. */
async function due(queue: RegistryQueue, now: string, limit: number) {
  return (await queue.listDue(now, limit)).map(({ key, attempts }) => ({ key, attempts }));
}

const CASE = { platform: 'facebook' as const, commentId: '104729384756102_1184736291045827' };
const OTHER = { platform: 'instagram' as const, commentId: '17912345678901234' };

for (const [name, open] of implementations) {
  describe(`registry queue contract: ${name}`, () => {
    it('holds a document owed from its time until it is done, the longest-waiting first', async () => {
      const { registry } = await open();
      await registry.owe(OTHER, '2026-12-02T09:05:00.000Z');
      await registry.owe(CASE, '2026-12-02T09:00:00.000Z');
      assert.deepEqual(await due(registry, '2026-12-02T08:59:59.000Z', 10), [], 'not before its time');
      assert.deepEqual(await due(registry, '2026-12-02T09:10:00.000Z', 10), [
        { key: CASE, attempts: 0 },
        { key: OTHER, attempts: 0 },
      ]);
      await registry.retryLater(CASE, 3, '2026-12-02T10:00:00.000Z', 'graph_failed');
      assert.deepEqual(await due(registry, '2026-12-02T09:10:00.000Z', 10), [{ key: OTHER, attempts: 0 }]);
      assert.deepEqual(await due(registry, '2026-12-02T10:00:00.000Z', 1), [{ key: OTHER, attempts: 0 }]);
      await registry.owe(CASE, '2026-12-02T09:00:00.000Z');
      assert.deepEqual(
        (await due(registry, '2026-12-02T09:10:00.000Z', 10)).find((p) => p.key.commentId === CASE.commentId),
        { key: CASE, attempts: 0 },
        'owed again starts afresh',
      );
      await registry.done(CASE);
      await registry.done(CASE);
      assert.deepEqual(await due(registry, '2099-01-01T00:00:00.000Z', 10), [{ key: OTHER, attempts: 0 }]);
    });

    it('leases a listed mark to one instance: a second lease on the same listing is refused', async () => {
      const { registry } = await open();
      await registry.owe(CASE, '2026-12-02T09:00:00.000Z');
      const [listed] = await registry.listDue('2026-12-02T09:00:00.000Z', 10);
      const [alsoListed] = await registry.listDue('2026-12-02T09:00:00.000Z', 10);
      assert.ok(listed && alsoListed);
      assert.equal(await registry.lease(listed, '2026-12-02T09:05:00.000Z'), true);
      assert.equal(
        await registry.lease(alsoListed, '2026-12-02T09:05:00.000Z'),
        false,
        'another instance has it',
      );
      assert.deepEqual(await due(registry, '2026-12-02T09:04:00.000Z', 10), [], 'not listed while leased');
      assert.deepEqual(await due(registry, '2026-12-02T09:05:00.000Z', 10), [{ key: CASE, attempts: 0 }]);
    });
  });
}

describe('registry queue beside the redaction queue in one table', () => {
  it('keeps each kind of mark to itself', async () => {
    const { registry, redactions } = await implementations[0]![1]();
    await registry.owe(CASE, '2026-12-02T09:00:00.000Z');
    assert.deepEqual(await redactions?.listDue('2099-01-01T00:00:00.000Z', 10), []);
    await redactions?.owe(OTHER, '2026-12-02T09:00:00.000Z');
    assert.deepEqual(
      (await due(registry, '2099-01-01T00:00:00.000Z', 10)).map((p) => p.key),
      [CASE],
    );
  });
});
