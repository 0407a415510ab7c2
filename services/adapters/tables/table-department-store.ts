import type { TableClient } from '@azure/data-tables';
import type { DepartmentRoute, DepartmentStore } from '../../ports';
import { asStorageError, statusOf } from './table-errors';

/** Departments' channels (`verksamhet lägg till`), in the Routes table's `department` partition, by name. */
const PARTITION = 'department';

type DepartmentEntity = { partitionKey: string; rowKey: string; doc: string };

function rowKey(name: string): string {
  return encodeURIComponent(name.trim().toLowerCase());
}

export class TableDepartmentStore implements DepartmentStore {
  constructor(private readonly table: TableClient) {}

  async get(name: string): Promise<DepartmentRoute | undefined> {
    try {
      const entity = await this.table.getEntity<DepartmentEntity>(PARTITION, rowKey(name));
      return JSON.parse(entity.doc) as DepartmentRoute;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async bind(route: DepartmentRoute): Promise<void> {
    try {
      await this.table.upsertEntity(
        { partitionKey: PARTITION, rowKey: rowKey(route.name), doc: JSON.stringify(route) },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async list(): Promise<DepartmentRoute[]> {
    try {
      const found: DepartmentRoute[] = [];
      for await (const entity of this.table.listEntities<DepartmentEntity>({
        queryOptions: { filter: `PartitionKey eq '${PARTITION}'` },
      })) {
        found.push(JSON.parse(entity.doc) as DepartmentRoute);
      }
      return found.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async remove(name: string): Promise<boolean> {
    try {
      await this.table.deleteEntity(PARTITION, rowKey(name));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw asStorageError(error);
    }
  }
}
