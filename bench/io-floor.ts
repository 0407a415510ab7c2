import { TableClient, type TransactionAction } from '@azure/data-tables';

/**
 * The I/O floor of ingesting and posting `n` comments: the storage round trips the product makes for each (the
 * insert transaction with its marker, post index row, keyed id row and the reminder row that carries the later
 * reminders; the storm's range read; the posted-card transaction) and the card's POST to the connector, in a bare
 * loop at the same concurrency, on the same Azurite. The product's time over this is its own work.
 *
 * Azurite finds a row by scanning its partition, so what a write costs grows with the rows already in it: to be
 * the product's floor, the loop writes into the product's own partition (`facebook` of its comments table), under
 * row keys none of the product's reads covers (`floor|…`, or `floor<tag>|…` for a second loop in the same table).
 * `fresh` writes into a new table instead, for comparison.
 */
export async function ioFloorMs(
  connection: string,
  table: string,
  connectorUrl: string,
  n: number,
  options: { readonly fresh?: boolean; readonly tag?: string } = {},
): Promise<number> {
  const floor = TableClient.fromConnectionString(connection, table, { allowInsecureConnection: true });
  if (options.fresh) await floor.createTable();
  const key = (row: string) => (options.fresh ? row : `floor${options.tag ?? ''}|${row}`);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const id = `floor${i}`;
      const later = Array.from({ length: 4 }, () => ({
        kind: 'before_deadline',
        dueAt: new Date().toISOString(),
      }));
      const reminder: TransactionAction = [
        'create',
        { partitionKey: 'facebook', rowKey: key(`r|${id}`), kind: 'badge', then: JSON.stringify(later) },
      ];
      await floor.submitTransaction([
        ['create', { partitionKey: 'facebook', rowKey: key(`c|${id}`), doc: 'x'.repeat(1500) }],
        ['create', { partitionKey: 'facebook', rowKey: key(`o|${id}`), at: 'x' }],
        ['create', { partitionKey: 'facebook', rowKey: key(`q|post${i}|${id}`) }],
        ['create', { partitionKey: 'facebook', rowKey: key(`c|$${id}`) }],
        reminder,
      ]);
      await cardIo(floor, connectorUrl, {
        range: key(`q|post${i}|`),
        comment: key(`c|${id}`),
        marker: key(`o|${id}`),
      });
    }),
  );
  return performance.now() - started;
}

/**
 * A card's storage and connector calls once its comment is stored, as the product makes them: the storm's range
 * read over the post's index rows, the card's POST to the connector, and the posted-card transaction (the comment
 * updated, its marker deleted).
 */
export async function cardIo(
  table: TableClient,
  connectorUrl: string,
  rows: { readonly range: string; readonly comment: string; readonly marker: string },
): Promise<void> {
  for await (const _row of table.listEntities({
    queryOptions: {
      filter: `PartitionKey eq 'facebook' and RowKey ge '${rows.range}' and RowKey le '${rows.range}~'`,
    },
  }));
  const posted = await fetch(`${connectorUrl}/v3/conversations/floor/activities`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: 'x'.repeat(2000) }),
  });
  await posted.arrayBuffer();
  await table.submitTransaction([
    ['update', { partitionKey: 'facebook', rowKey: rows.comment, doc: 'y'.repeat(1500) }, 'Replace'],
    ['delete', { partitionKey: 'facebook', rowKey: rows.marker }],
  ]);
}
