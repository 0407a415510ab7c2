import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { DutyStore, Mentioned } from '../../ports/index';
import { asStorageError } from './table-errors';
import { deleteRow } from './table-rows';

type DutyEntity = { partitionKey: string; rowKey: string; name: string };

/** On-duty people per channel (`bevakning`), one partition per channel. */
export class TableDutyStore implements DutyStore {
  constructor(private readonly table: TableClient) {}

  async list(channelId: string): Promise<Mentioned[]> {
    try {
      const people: Mentioned[] = [];
      const rows = this.table.listEntities<DutyEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${encodeURIComponent(channelId)}` },
      });
      for await (const row of rows) people.push({ id: decodeURIComponent(row.rowKey), name: row.name });
      return people.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async add(channelId: string, person: Mentioned): Promise<void> {
    try {
      await this.table.upsertEntity(
        {
          partitionKey: encodeURIComponent(channelId),
          rowKey: encodeURIComponent(person.id),
          name: person.name,
        },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  remove(channelId: string, personId: string): Promise<boolean> {
    return deleteRow(this.table, encodeURIComponent(channelId), encodeURIComponent(personId));
  }
}
