import type { TableClient } from '@azure/data-tables';
import type { AwayList } from '../../ports/index';
import { asStorageError } from './table-errors';
import { deleteRow, listPartition } from './table-rows';

/** Who is away, in the Staff table's `away` partition, keyed by the person's id. */
const PARTITION = 'away';

type AwayEntity = { partitionKey: string; rowKey: string; name: string; since: string };

export class TableAwayList implements AwayList {
  constructor(private readonly table: TableClient) {}

  async markAway(person: { readonly id: string; readonly name: string }, since: string): Promise<void> {
    try {
      await this.table.upsertEntity(
        { partitionKey: PARTITION, rowKey: encodeURIComponent(person.id), name: person.name, since },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  markBack(id: string): Promise<boolean> {
    return deleteRow(this.table, PARTITION, encodeURIComponent(id));
  }

  async list(): Promise<{ id: string; name: string; since: string }[]> {
    const away = await listPartition<AwayEntity, { id: string; name: string; since: string }>(
      this.table,
      PARTITION,
      (entity) => ({ id: decodeURIComponent(entity.rowKey), name: entity.name, since: entity.since }),
    );
    return away.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
