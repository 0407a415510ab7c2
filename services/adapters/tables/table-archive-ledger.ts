import type { TableClient } from '@azure/data-tables';
import type { ArchiveLedger, TakenPackage } from '../../ports/index';
import { asStorageError } from './table-errors';

/** In the audit table, beside the audit history: one row per taking, keyed by the period and when it was taken. */
const PARTITION = 'archived';

type TakenEntity = {
  partitionKey: string;
  rowKey: string;
  from: string;
  to: string;
  startUtc: string;
  endUtc: string;
  sha256: string;
  at: string;
  byId: string;
  byName: string;
};

/** Every taking of an archive package, in the audit table: appended, never changed or deleted by Svarsvakten. */
export class TableArchiveLedger implements ArchiveLedger {
  constructor(private readonly table: TableClient) {}

  async recordTaken(taken: TakenPackage): Promise<void> {
    try {
      await this.table.upsertEntity<TakenEntity>(
        {
          partitionKey: PARTITION,
          rowKey: `${taken.from}|${taken.to}|${taken.at}`,
          from: taken.from,
          to: taken.to,
          startUtc: taken.startUtc,
          endUtc: taken.endUtc,
          sha256: taken.sha256,
          at: taken.at,
          byId: taken.by.id,
          byName: taken.by.name,
        },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async listTaken(): Promise<TakenPackage[]> {
    const taken: TakenPackage[] = [];
    try {
      const rows = this.table.listEntities<TakenEntity>({
        queryOptions: { filter: `PartitionKey eq '${PARTITION}'` },
      });
      for await (const row of rows) {
        taken.push({
          from: row.from,
          to: row.to,
          startUtc: row.startUtc,
          endUtc: row.endUtc,
          sha256: row.sha256,
          at: row.at,
          by: { id: row.byId, name: row.byName },
        });
      }
    } catch (error) {
      throw asStorageError(error);
    }
    return taken;
  }
}
