import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { PLATFORMS } from '../../domain/platform';

/**
 * The comments table's rows whose row keys lie in [`from`, `to`), read as a range in each platform's partition in
 * turn. A filter on the row key alone makes Table Storage scan every partition of the table, whose rows grow by
 * the year (comments, their history and reminders); the queues read here are read every few seconds. `also`: a
 * further condition, written with `odata`.
 */
export async function* rowsInPlatformPartitions<T extends object>(
  table: Pick<TableClient, 'listEntities'>,
  from: string,
  to: string,
  options: { readonly also?: string; readonly select?: readonly string[] } = {},
): AsyncIterable<TableEntityResult<T>> {
  for (const platform of PLATFORMS) {
    const range = odata`PartitionKey eq ${platform} and RowKey ge ${from} and RowKey lt ${to}`;
    yield* table.listEntities<T>({
      queryOptions: {
        filter: options.also ? `${range} and ${options.also}` : range,
        ...(options.select ? { select: [...options.select] } : {}),
      },
    });
  }
}
