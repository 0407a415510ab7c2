/**
 * The acknowledgement floor's receiver, run as its own process as the bot is: per delivery it reads the body,
 * makes the product's insert (one transaction of five rows in the platform's partition) and answers 200, and then
 * makes the card's storage and connector calls (the storm's range read, the POST, the posted-card transaction) at
 * once, or not at all with `cards: 'none'`. No signature check, no parsing: the storage work alone. With a limit,
 * a delivery arriving while that many comments are being stored or posted is answered 503 with `Retry-After: 1`
 * before its body is read: the simplest shedder there is.
 * Arguments: the connection string, the table, the port, the connector's URL, `all` or `none`, the limit (0: none)
 * and a prefix for its row keys. Tells its parent `listening`, and answers `idle` to `idle?` once every card it
 * started is done.
 */
import http from 'node:http';
import { TableClient } from '@azure/data-tables';
import { cardIo } from './io-floor';

const [
  connection = '',
  tableName = '',
  port = '0',
  connectorUrl = '',
  cards = 'all',
  max = '0',
  prefix = '',
] = process.argv.slice(2);
const table = TableClient.fromConnectionString(connection, tableName, { allowInsecureConnection: true });
const limit = Number(max);
/** Row keys under the prefix, which none of the product's reads covers when writing into its partition. */
const key = (row: string) => `${prefix}${row}`;
let seq = 0;
let storing = 0;
let cardsPosting = 0;

async function receive(body: string, response: http.ServerResponse): Promise<void> {
  seq += 1;
  const id = `f${seq}`;
  await table
    .submitTransaction([
      ['create', { partitionKey: 'facebook', rowKey: key(`c|${id}`), doc: body.padEnd(1500, ' ') }],
      ['create', { partitionKey: 'facebook', rowKey: key(`o|${id}`), at: 'x' }],
      ['create', { partitionKey: 'facebook', rowKey: key(`q|post|${id}|${id}`) }],
      ['create', { partitionKey: 'facebook', rowKey: key(`c|$${id}`) }],
      ['create', { partitionKey: 'facebook', rowKey: key(`r|${id}`), then: JSON.stringify([1, 2, 3, 4]) }],
    ])
    .finally(() => (storing -= 1));
  response.writeHead(200).end();
  if (cards === 'none') return;
  cardsPosting += 1;
  await cardIo(table, connectorUrl, {
    range: key(`q|post|${id}|`),
    comment: key(`c|${id}`),
    marker: key(`o|${id}`),
  }).finally(() => (cardsPosting -= 1));
}

const server = http.createServer((request, response) => {
  if (limit > 0 && storing + cardsPosting >= limit) {
    request.resume();
    response.writeHead(503, { 'Retry-After': '1' }).end();
    return;
  }
  storing += 1;
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
