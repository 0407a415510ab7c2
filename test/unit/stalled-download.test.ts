import assert from 'node:assert/strict';
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { cutOffWhenStalled, type DownloadWatch } from '../../bot/overview/stalled-download';

/**
 * A download of what `source` makes, cut off after 200 ms of nothing moving, taken by a reader that reads all
 * (`reads`) or nothing: how the sending ended within five seconds, and what the watch says of it.
 */
async function download(source: () => Readable, reads: boolean) {
  let ended: Promise<unknown> = Promise.resolve();
  let watch: DownloadWatch | undefined;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/zip' });
    watch = cutOffWhenStalled(res, 200);
    ended = pipeline(source(), res).then(
      () => 'finished',
      () => 'cut off',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const request = http.get({ port, host: '127.0.0.1' }, (response) =>
      reads ? response.resume() : response.pause(),
    );
    request.on('error', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const outcome = await Promise.race([
      ended,
      new Promise((resolve) => setTimeout(resolve, 5000, 'still sending')),
    ]);
    request.destroy();
    return { outcome, notFed: watch?.notFed };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('a download where nothing moves', () => {
  it('is cut off when the person takes nothing, so what sends it lets go of their one-at-a-time', async () => {
    // Far more than the network holds on its way: the sender waits on a reader that never reads.
    const endless = () =>
      Readable.from(
        (function* () {
          for (;;) yield Buffer.alloc(64 * 1024);
        })(),
      );
    assert.deepEqual(await download(endless, false), { outcome: 'cut off', notFed: false });
  });

  it('is told as the person’s when they stall after the last bytes were handed over', () => {
    // Node's response says it needs no drain once it has ended, however much still waits to be taken.
    let fire: () => void = () => undefined;
    const destroyed: unknown[] = [];
    const ended = {
      writableNeedDrain: false,
      writableEnded: true,
      setTimeout: (_ms: number, then: () => void) => void (fire = then),
      destroy: (error: unknown) => void destroyed.push(error),
    };
    const watch = cutOffWhenStalled(ended as unknown as ServerResponse, 200);
    fire();
    assert.equal(watch.notFed, false);
    assert.equal(destroyed.length, 1, 'cut off');
  });

  it('is cut off too when the bot has nothing to send, and then says it was the bot’s side that stalled', async () => {
    // A first piece, then a wait far longer than the cut-off for the next (a kept copy that does not come).
    const stuck = () =>
      Readable.from(
        (async function* () {
          yield Buffer.alloc(1024);
          await new Promise((resolve) => setTimeout(resolve, 3000));
          yield Buffer.alloc(1024);
        })(),
      );
    assert.deepEqual(await download(stuck, true), { outcome: 'cut off', notFed: true });
  });
});
