import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { cutOffWhenStalled } from '../../bot/overview/stalled-download';

describe('a download that takes nothing', () => {
  it('is cut off, so what sends it ends and lets go of the person’s one-at-a-time', async () => {
    let ended: Promise<unknown> = Promise.resolve();
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/zip' });
      cutOffWhenStalled(res, 200);
      // Far more than the network holds on its way: the sender waits on a reader that never reads.
      const endless = Readable.from(
        (function* () {
          for (;;) yield Buffer.alloc(64 * 1024);
        })(),
      );
      ended = pipeline(endless, res).then(
        () => 'finished',
        (error: Error) => error.message,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const request = http.get({ port, host: '127.0.0.1' }, (response) => response.pause());
      request.on('error', () => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const outcome = await Promise.race([
        ended,
        new Promise((resolve) => setTimeout(resolve, 5000, 'still sending')),
      ]);
      assert.notEqual(outcome, 'still sending', 'cut off within seconds');
      assert.notEqual(outcome, 'finished', 'as a download that did not end');
      request.destroy();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
