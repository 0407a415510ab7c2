import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobServiceClient } from '@azure/storage-blob';
import { BlobMediaVault } from '../../services/adapters/blobs/blob-media-vault';
import type { StoredComment } from '../../services/domain/comment';
import { RecordingLog } from '../app/use-case-world';
import { azurite } from '../support/global-azurite';

/** A media host: answers each path as the test says, and counts what it was asked. */
async function host(answer: (path: string, res: http.ServerResponse) => void) {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    asked.push(req.url ?? '');
    answer(req.url ?? '', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, asked, close: () => new Promise((resolve) => server.close(resolve)) };
}

const comment = (url: string) =>
  ({
    platform: 'facebook',
    commentId: `c-${randomBytes(4).toString('hex')}`,
    media: [{ kind: 'photo', url }],
  }) as unknown as StoredComment;

describe('copies of media are fetched only from the platforms, and only up to their size cap', () => {
  const log = new RecordingLog();
  let vault: BlobMediaVault;
  let platform: Awaited<ReturnType<typeof host>>;
  let elsewhere: Awaited<ReturnType<typeof host>>;
  let endlessSent = 0;

  beforeEach(async () => {
    elsewhere = await host((_path, res) => {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end('not the platform');
    });
    platform = await host((path, res) => {
      if (path === '/moved') {
        res.writeHead(302, { Location: '/photo.png' });
        res.end();
      } else if (path === '/away') {
        res.writeHead(302, { Location: `${elsewhere.url}/photo.png` });
        res.end();
      } else if (path === '/endless') {
        res.writeHead(200, { 'Content-Type': 'video/mp4' });
        // No length given: a body that keeps coming until the reader hangs up (or 64 MB).
        const chunk = Buffer.alloc(16 * 1024, 1);
        const more = (): void => {
          if (res.destroyed || endlessSent >= 64 * 1024 * 1024) {
            res.end();
            return;
          }
          endlessSent += chunk.length;
          if (res.write(chunk)) setImmediate(more);
          else res.once('drain', more);
        };
        more();
      } else {
        res.writeHead(200, { 'Content-Type': 'image/png' });
        res.end(Buffer.from('89504e47', 'hex'));
      }
    });
    const container = BlobServiceClient.fromConnectionString(azurite().connectionString).getContainerClient(
      `m${randomBytes(5).toString('hex')}`,
    );
    await container.createIfNotExists();
    vault = new BlobMediaVault(container, (url) => url.startsWith(platform.url), log, 5000, 4096);
  });
  afterEach(async () => {
    await platform.close();
    await elsewhere.close();
  });

  it('follows a redirect on the platform’s host and keeps the copy', async () => {
    const [kept] = await vault.keep(comment(`${platform.url}/moved`));
    assert.equal(kept?.kept?.contentType, 'image/png');
  });

  it('refuses a redirect away from the platforms: nothing is fetched there and nothing kept', async () => {
    const [kept] = await vault.keep(comment(`${platform.url}/away`));
    assert.equal(kept?.kept, undefined);
    assert.deepEqual(elsewhere.asked, []);
    assert.ok(log.events.includes('media.not_kept'));
  });

  it('stops reading a body without a length once it passes the cap, and keeps nothing', async () => {
    endlessSent = 0;
    const [kept] = await vault.keep(comment(`${platform.url}/endless`));
    assert.equal(kept?.kept, undefined);
    // The reader hung up near the 4 KB cap; what was sent is what the sockets' buffers took meanwhile.
    assert.ok(endlessSent < 8 * 1024 * 1024, `${endlessSent} bytes were sent`);
  });
});
