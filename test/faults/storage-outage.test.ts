import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  azuriteConnectionString,
  startAzurite,
  stopChild,
  type RunningAzurite,
} from '../../bot/local/azurite';
import { TableOutboxQueue } from '../../services/adapters/tables/table-outbox-queue';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { cardsPerAuthor, commentDelivery, deliver, install, startBotProcess } from './bot-process';

/** Meta retries a delivery that was not answered 200; here every 300 ms, for as long as the test allows. */
async function deliverLikeMeta(port: number, author: string, writtenAt: number, statuses: number[]) {
  const body = commentDelivery(author, writtenAt);
  for (;;) {
    const status = await deliver(port, body);
    statuses.push(status ?? 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * The network path to storage. Cut, it refuses connections and drops the open ones, as an unreachable storage
 * account does. The test also stops and restarts Azurite behind it while it is cut: Azurite saves its data on
 * shutdown before it has finished the requests it was serving, so a write it acknowledged in that instant would be
 * lost — a hole in the emulator, not in Azure Storage, that this keeps out of the test.
 */
class StoragePath {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  readonly server: Server;

  constructor(private readonly targetPort: number) {
    this.server = createServer((client) => {
      if (this.cut) {
        client.destroy();
        return;
      }
      const upstream = createConnection(this.targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve) => this.server.listen(port, '127.0.0.1', resolve));
  }

  down(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  up(): void {
    this.cut = false;
  }
}

describe('storage stopped and started again in the middle of a burst of webhooks', function () {
  this.timeout(120_000);
  let connector: FakeBotConnector;
  let storage: RunningAzurite | undefined;
  let bot: ChildProcess | undefined;
  let storagePath: StoragePath | undefined;
  const data = mkdtempSync(join(tmpdir(), 'svarsvakten-outage-'));

  before(async () => {
    connector = await startFakeBotConnector();
  });
  after(async () => {
    if (bot) await stopChild(bot);
    await storage?.stop();
    storagePath?.server.close();
    await connector.close();
    rmSync(data, { recursive: true, force: true });
  });

  it('answers 503 while storage is down, says so on /readyz, and afterwards every comment has exactly one card', async () => {
    const azuritePort = await freePort();
    storage = await startAzurite({ port: azuritePort, location: data });
    storagePath = new StoragePath(azuritePort);
    const pathPort = await freePort();
    await storagePath.listen(pathPort);
    const port = await freePort();
    bot = await startBotProcess(port, azuriteConnectionString(pathPort), 'outage');
    await install(port, connector);

    const now = Math.floor(Date.now() / 1000);
    const authors = Array.from({ length: 60 }, (_, i) => `Boende ${i}`);
    const statuses: number[] = [];
    const burst = authors.map(
      (author, i) =>
        new Promise<void>((resolve) =>
          setTimeout(() => void deliverLikeMeta(port, author, now - 60, statuses).then(resolve), i * 20),
        ),
    );

    // Storage goes away once a quarter of the burst is in, and comes back 2 seconds later.
    await eventually(() => assert.ok(statuses.filter((s) => s === 200).length >= 15), 20_000);
    storagePath.down();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await storage.stop();
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(ready.status, 503, '/readyz says storage is unavailable');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    storage = await startAzurite({ port: azuritePort, location: data });
    storagePath.up();

    await Promise.all(burst);
    assert.ok(statuses.includes(503), 'webhooks were answered 503 during the outage, so Meta retries');
    assert.equal(
      (await fetch(`http://127.0.0.1:${port}/readyz`)).status,
      200,
      'ready again, with no manual step',
    );

    const comments = createTableClients(storage.connectionString, 'outage').comments;
    const queue = new TableOutboxQueue(comments);
    // A delivery held before the outage whose comment could not be stored during it is tried again from the inbox.
    await eventually(async () => {
      assert.deepEqual(await queue.listPending(100), []);
      const have = cardsPerAuthor(connector);
      assert.deepEqual(
        authors.filter((author) => !have.has(author)),
        [],
        'every comment has its card',
      );
    }, 90_000);
    const cards = cardsPerAuthor(connector);
    for (const author of authors) assert.equal(cards.get(author)?.length, 1, `${author} has one card`);
    console.log(
      `      ${statuses.filter((s) => s === 503).length} deliveries answered 503 during the outage; ${connector.newThreads().length} cards for ${authors.length} comments`,
    );
  });
});
