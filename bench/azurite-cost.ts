import { TableClient, type TransactionAction } from '@azure/data-tables';
import { percentile, round } from './bench-process';

/**
 * A comment's insert as the product makes it: the comment, its marker, post index row, keyed id and the reminder
 * row that carries the later reminders.
 */
function insertOf(id: string): TransactionAction[] {
  return [
    ['create', { partitionKey: 'p', rowKey: `c|${id}`, doc: 'x'.repeat(1500) }],
    ['create', { partitionKey: 'p', rowKey: `o|${id}`, at: 'x' }],
    ['create', { partitionKey: 'p', rowKey: `q|post|${id}` }],
    ['create', { partitionKey: 'p', rowKey: `c|$${id}` }],
    ['create', { partitionKey: 'p', rowKey: `r|${id}`, then: JSON.stringify([1, 2, 3, 4]) }],
  ];
}

const ROWS = insertOf('size').length;

/**
 * What one comment's insert costs Azurite with so many rows already in its partition: the median of 20 inserts
 * one after another on an otherwise idle Azurite. Azurite finds a row by scanning its partition, so this grows
 * with the partition; Azure Table Storage's does not.
 */
export async function insertMsByPartitionRows(
  connection: string,
  table: string,
  sizes: readonly number[],
): Promise<Record<string, number>> {
  const client = TableClient.fromConnectionString(connection, table, { allowInsecureConnection: true });
  await client.createTable();
  const result: Record<string, number> = {};
  let rows = 0;
  let seq = 0;
  for (const size of sizes) {
    while (rows < size) {
      seq += 1;
      await client.submitTransaction(insertOf(`seed${seq}`));
      rows += ROWS;
    }
    const times: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      seq += 1;
      const started = performance.now();
      await client.submitTransaction(insertOf(`probe${seq}`));
      times.push(performance.now() - started);
      rows += ROWS;
    }
    result[String(size)] = round(percentile(times, 50));
  }
  return result;
}
