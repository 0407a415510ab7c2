import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { asStorageError, statusOf } from './table-errors';

/** The small row operations the stores of lists (staff, the away, departments, saved answers, duty) share. */

/** Deletes a row; false when it was not there. */
export async function deleteRow(table: TableClient, partitionKey: string, rowKey: string): Promise<boolean> {
  try {
    await table.deleteEntity(partitionKey, rowKey);
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw asStorageError(error);
  }
}

/** Every row of a partition, each made into what the store returns. */
export async function listPartition<E extends object, T>(
  table: TableClient,
  partitionKey: string,
  toValue: (entity: TableEntityResult<E>) => T,
): Promise<T[]> {
  try {
    const values: T[] = [];
    for await (const entity of table.listEntities<E>({
      queryOptions: { filter: odata`PartitionKey eq ${partitionKey}` },
    })) {
      values.push(toValue(entity));
    }
    return values;
  } catch (error) {
    throw asStorageError(error);
  }
}
