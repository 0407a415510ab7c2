import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { TableArchiveLedger } from '../../services/adapters/tables/table-archive-ledger';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import type { ArchiveLedger, TakenPackage } from '../../services/ports/index';
import { InMemoryArchiveLedger } from '../fakes/memory/in-memory-archive-ledger';
import { azurite } from '../support/global-azurite';

const implementations: [string, () => Promise<ArchiveLedger>][] = [
  [
    'Azure Tables on Azurite',
    async () => {
      const tables = createTableClients(azurite().connectionString, `l${randomBytes(6).toString('hex')}`);
      await ensureTables(tables);
      return new TableArchiveLedger(tables.audit);
    },
  ],
  ['in memory', async () => new InMemoryArchiveLedger()],
];

const taken = (from: string, to: string, sha256: string, at: string): TakenPackage => ({
  from,
  to,
  startUtc: `${from}T00:00:00.000Z`,
  endUtc: `${to}T23:00:00.000Z`,
  sha256,
  at,
  by: { id: 'aad-1', name: 'Maria Arkivarie' },
});

for (const [name, open] of implementations) {
  describe(`archive ledger contract: ${name}`, () => {
    it('lists every period taken out, earliest first, with what was taken and by whom', async () => {
      const ledger = await open();
      const autumn = taken('2026-07-01', '2026-12-31', 'b'.repeat(64), '2027-01-04T08:00:00.000Z');
      const spring = taken('2026-01-01', '2026-06-30', 'a'.repeat(64), '2026-07-02T08:00:00.000Z');
      await ledger.recordTaken(autumn);
      await ledger.recordTaken(spring);
      assert.deepEqual(await ledger.listTaken(), [spring, autumn]);
    });

    it('keeps every taking of a period taken out twice, the earlier first', async () => {
      const ledger = await open();
      const first = taken('2026-01-01', '2026-06-30', 'a'.repeat(64), '2026-07-02T08:00:00.000Z');
      const again = taken('2026-01-01', '2026-06-30', 'c'.repeat(64), '2026-07-09T08:00:00.000Z');
      await ledger.recordTaken(again);
      await ledger.recordTaken(first);
      assert.deepEqual(await ledger.listTaken(), [first, again]);
    });
  });
}
