import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobServiceClient } from '@azure/storage-blob';
import { unzipSync } from 'fflate';
import { TableArchiveLedger } from '../../services/adapters/tables/table-archive-ledger';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { MEGAN } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { takeArchivePackage } from '../support/archive-taken';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';
import { FIXTURE_COMMENT, FIXTURE_KEY } from '../support/with-comment-card';

/** A PNG's first bytes: what the platform's media host serves for the photo. */
const PHOTO = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

describe('copies of moderated media in the city’s Blob Storage', () => {
  let t: TestApp;
  let host: http.Server;
  let photoUrl: string;
  /** What the media host serves as the photo. */
  let served: Buffer;
  const clock = new TestClock('2026-11-10T09:00');

  beforeEach(async () => {
    served = PHOTO;
    host = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(served);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    photoUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/photo.png`;
    t = await startTestApp({ clock, env: { RETENTION_DAYS: '90' } });
    await t.install();
    const delivery = JSON.parse(fixtureBytes('facebook-feed-comment-add.json').toString('utf8')) as {
      entry: { changes: { value: Record<string, unknown> }[] }[];
    };
    delivery.entry[0]!.changes[0]!.value.photo = photoUrl;
    await t.postMeta(Buffer.from(JSON.stringify(delivery)));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
  });
  afterEach(async () => {
    await t.stop(true);
    await new Promise((resolve) => host.close(resolve));
  });

  const blobs = async () => {
    const container = BlobServiceClient.fromConnectionString(azurite().connectionString).getContainerClient(
      `${t.tablePrefix.toLowerCase()}svarsvakten-media`,
    );
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    return names;
  };

  it('keeps the photo of a hidden comment, puts it in the archive package, and deletes it with the words', async () => {
    await t.click(MEGAN, 'activity-1', 'hide', { ...FIXTURE_KEY, moderationReason: 'olaga_hot' });
    const kept = (await t.store.get(FIXTURE_COMMENT))?.value.media?.[0]?.kept;
    assert.equal(kept?.contentType, 'image/png');
    assert.equal(kept?.sha256, createHash('sha256').update(PHOTO).digest('hex'));
    assert.deepEqual(await blobs(), [kept?.blob]);
    assert.doesNotMatch(
      kept?.blob ?? '',
      new RegExp(FIXTURE_COMMENT.commentId),
      'the blob name carries no id',
    );

    clock.set('2026-12-02T09:00');
    const { zip } = await takeArchivePackage(t, '2026-11-01', '2026-11-30');
    const files = unzipSync(zip);
    const attachment = files[`bilagor/facebook/${FIXTURE_COMMENT.commentId}-1.png`];
    assert.ok(attachment && Buffer.from(attachment).equals(PHOTO), 'the kept photo, as it was');

    clock.set('2027-03-01T09:00');
    await t.app.retention.run();
    assert.deepEqual(await blobs(), [], 'gone with the resident’s words');
    assert.equal((await t.store.get(FIXTURE_COMMENT))?.value.media, undefined);
  });

  it('records a package only once it has been downloaded whole: one broken off holds back nothing but the purge', async () => {
    // A photo larger than what the network holds on its way: the package is still being packed when it is given up.
    served = Buffer.concat([PHOTO, randomBytes(24 * 1024 * 1024)]);
    await t.click(MEGAN, 'activity-1', 'hide', { ...FIXTURE_KEY, moderationReason: 'olaga_hot' });
    assert.equal((await t.store.get(FIXTURE_COMMENT))?.value.media?.[0]?.kept?.bytes, served.length);
    clock.set('2026-12-02T09:00');

    const giving = new AbortController();
    const response = await fetch(`${t.url}/api/overview/archive.zip?from=2026-11-01&to=2026-11-30`, {
      signal: giving.signal,
    });
    assert.equal(response.status, 200);
    await response.body?.getReader().read();
    giving.abort();
    await eventually(() => assert.ok(t.logs.some((line) => line.includes('"archive.not_delivered"'))));
    const ledger = new TableArchiveLedger(
      createTableClients(azurite().connectionString, t.tablePrefix).audit,
    );
    assert.deepEqual(await ledger.listTaken(), [], 'nothing recorded: the period is not purged for it');

    const { zip, taken } = await takeArchivePackage(t, '2026-11-01', '2026-11-30');
    assert.equal(taken.sha256, createHash('sha256').update(zip).digest('hex'), 'the SHA-256 of what came');
    const attachment = unzipSync(zip)[`bilagor/facebook/${FIXTURE_COMMENT.commentId}-1.png`];
    assert.ok(attachment && Buffer.from(attachment).equals(served), 'the whole photo, as it was');
  });
});
