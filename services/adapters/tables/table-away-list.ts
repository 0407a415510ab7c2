import type { TableClient } from '@azure/data-tables';
import type { AwayList } from '../../ports';
import { asStorageError, statusOf } from './table-errors';

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

  async markBack(id: string): Promise<boolean> {
    try {
      await this.table.deleteEntity(PARTITION, encodeURIComponent(id));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw asStorageError(error);
    }
  }

  async list(): Promise<{ id: string; name: string; since: string }[]> {
    try {
      const away: { id: string; name: string; since: string }[] = [];
      for await (const entity of this.table.listEntities<AwayEntity>({
        queryOptions: { filter: `PartitionKey eq '${PARTITION}'` },
      })) {
        away.push({ id: decodeURIComponent(entity.rowKey), name: entity.name, since: entity.since });
      }
      return away.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
