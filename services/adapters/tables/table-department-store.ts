import type { TableClient } from '@azure/data-tables';
import type { DepartmentRoute, DepartmentStore } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';
import { deleteRow, listPartition } from './table-rows';

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
    const found = await listPartition<DepartmentEntity, DepartmentRoute>(
      this.table,
      PARTITION,
      (entity) => JSON.parse(entity.doc) as DepartmentRoute,
    );
    return found.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  remove(name: string): Promise<boolean> {
    return deleteRow(this.table, PARTITION, rowKey(name));
  }
}
