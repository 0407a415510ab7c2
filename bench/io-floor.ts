import { TableClient, type TransactionAction } from '@azure/data-tables';

/**
 * The I/O floor of ingesting and posting `n` comments: the storage round trips the product makes for each (the
 * insert transaction with its marker, post index row, keyed id row and five reminders; the storm's range read; the
 * posted-card transaction) and the card's POST to the connector, in a bare loop at the same concurrency, on the
 * same Azurite. The product's time over this is its own work.
 */
export async function ioFloorMs(
  connection: string,
  table: string,
  connectorUrl: string,
  n: number,
): Promise<number> {
  const floor = TableClient.fromConnectionString(connection, table, { allowInsecureConnection: true });
  await floor.createTable();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const id = `floor${i}`;
      const reminders = Array.from({ length: 5 }, (_, r): TransactionAction => [
        'create',
        { partitionKey: 'facebook', rowKey: `r|${r}|${id}`, kind: 'badge' },
      ]);
      await floor.submitTransaction([
        ['create', { partitionKey: 'facebook', rowKey: `c|${id}`, doc: 'x'.repeat(1500) }],
        ['create', { partitionKey: 'facebook', rowKey: `o|${id}`, at: 'x' }],
        ['create', { partitionKey: 'facebook', rowKey: `q|post${i}|${id}` }],
        ['create', { partitionKey: 'facebook', rowKey: `c|$${id}` }],
        ...reminders,
      ]);
      for await (const _row of floor.listEntities({
        queryOptions: {
          filter: `PartitionKey eq 'facebook' and RowKey ge 'q|post${i}|' and RowKey le 'q|post${i}|~'`,
        },
      }));
      const posted = await fetch(`${connectorUrl}/v3/conversations/floor/activities`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x'.repeat(2000) }),
      });
      await posted.arrayBuffer();
      await floor.submitTransaction([
        ['update', { partitionKey: 'facebook', rowKey: `c|${id}`, doc: 'y'.repeat(1500) }, 'Replace'],
        ['delete', { partitionKey: 'facebook', rowKey: `o|${id}` }],
      ]);
    }),
  );
  return performance.now() - started;
}
