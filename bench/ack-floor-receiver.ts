/**
 * The acknowledgement floor's receiver, run as its own process as the bot is: per delivery it reads the body,
 * makes the product's insert (one transaction of five rows in the platform's partition) and answers 200, and then
 * makes the card's storage and connector calls (the storm's range read, the POST, the posted-card transaction) at
 * once, or not at all with `cards: 'none'`. No signature check, no parsing, no shedding: the storage work alone.
 * Arguments: the connection string, the table, the port, the connector's URL, `all` or `none`. Tells its parent
 * `listening`, and answers `idle` to `idle?` once every card it started is done.
 */
import http from 'node:http';
import { TableClient } from '@azure/data-tables';

const [connection = '', tableName = '', port = '0', connectorUrl = '', cards = 'all'] = process.argv.slice(2);
const table = TableClient.fromConnectionString(connection, tableName, { allowInsecureConnection: true });
let seq = 0;
let cardsPosting = 0;

async function postCard(id: string): Promise<void> {
  for await (const _row of table.listEntities({
    queryOptions: {
      filter: `PartitionKey eq 'facebook' and RowKey ge 'q|post|${id}' and RowKey le 'q|post|${id}~'`,
    },
  }));
  const posted = await fetch(`${connectorUrl}/v3/conversations/floor/activities`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: 'x'.repeat(2000) }),
  });
  await posted.arrayBuffer();
  await table.submitTransaction([
    ['update', { partitionKey: 'facebook', rowKey: `c|${id}`, doc: 'y'.repeat(1500) }, 'Replace'],
    ['delete', { partitionKey: 'facebook', rowKey: `o|${id}` }],
  ]);
}

async function receive(body: string, response: http.ServerResponse): Promise<void> {
  seq += 1;
  const id = `f${seq}`;
  await table.submitTransaction([
    ['create', { partitionKey: 'facebook', rowKey: `c|${id}`, doc: body.padEnd(1500, ' ') }],
    ['create', { partitionKey: 'facebook', rowKey: `o|${id}`, at: 'x' }],
    ['create', { partitionKey: 'facebook', rowKey: `q|post|${id}` }],
    ['create', { partitionKey: 'facebook', rowKey: `c|$${id}` }],
    ['create', { partitionKey: 'facebook', rowKey: `r|${id}`, then: JSON.stringify([1, 2, 3, 4]) }],
  ]);
  response.writeHead(200).end();
  if (cards === 'none') return;
  cardsPosting += 1;
  await postCard(id).finally(() => (cardsPosting -= 1));
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    receive(Buffer.concat(chunks).toString(), response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
});

process.on('message', (message) => {
  if (message !== 'idle?') return;
  const check = () => (cardsPosting === 0 ? process.send?.('idle') : setTimeout(check, 50));
  check();
});

void table
  .createTable()
  .then(() => server.listen(Number(port), '127.0.0.1', () => process.send?.('listening')));
