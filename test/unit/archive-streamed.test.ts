import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DateTime } from 'luxon';
import { strFromU8, unzipSync } from 'fflate';
import { AccountDirectory } from '../../services/app/accounts/account-directory';
import { archiveFiles } from '../../services/app/records/archive-package';
import { zipArchive, zipFiles } from '../../services/app/records/archive-zip';
import { archivePeriod } from '../../services/domain/archive-period';
import type { StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import { DEFAULT_TEMPLATES } from '../../services/domain/templates';
import { facebookComment } from '../support/incoming-comment';

const PAGE = '104729384756102';
const accounts = new AccountDirectory([
  {
    platform: 'facebook',
    id: PAGE,
    name: 'Malmö stad',
    accessToken: 'page-token',
    templates: DEFAULT_TEMPLATES,
  },
]);
const NOVEMBER = archivePeriod('2026-11-01', '2026-11-30', DateTime.fromISO('2026-12-07T10:00:00Z'));

/** A hidden comment with one photo kept in the vault, under the blob `photo-<n>`. */
function withPhoto(n: number): StoredComment {
  const comment = newStoredComment(
    facebookComment(String(n), { writtenAt: `2026-11-1${n}T09:00:00.000Z` }),
    DateTime.fromISO(`2026-11-1${n}T09:00:05Z`),
  );
  const kept = { blob: `photo-${n}`, contentType: 'image/jpeg', bytes: 1, sha256: 'a'.repeat(64) };
  return { ...comment, media: [{ kind: 'photo', kept }] };
}

const PIECE = 64 * 1024;

/**
 * The package sent as the route sends it (a readable piped to the response), to a download that takes each chunk a
 * moment after the last. The vault gives each copy in pieces of 64 KB; `changed` copies read differently the second
 * time. For the second read of each copy (the one sent), how far the pieces taken ran ahead of the download.
 */
async function download(
  comments: StoredComment[],
  photos: Map<string, Buffer | undefined>,
  changed: ReadonlyMap<string, Buffer> = new Map(),
) {
  const handed: Uint8Array[] = [];
  let handedBytes = 0;
  let sentPulled = 0;
  let mostAhead = 0;
  const opened = new Map<string, number>();
  const media = {
    stream: async (blob: string) => {
      const times = (opened.get(blob) ?? 0) + 1;
      opened.set(blob, times);
      const bytes = times > 1 ? (changed.get(blob) ?? photos.get(blob)) : photos.get(blob);
      if (!bytes) return undefined;
      return (async function* () {
        for (let at = 0; at < bytes.length; at += PIECE) {
          if (times > 1) {
            sentPulled += Math.min(PIECE, bytes.length - at);
            mostAhead = Math.max(mostAhead, sentPulled - handedSentBytes());
          }
          yield bytes.subarray(at, at + PIECE);
        }
      })();
    },
  };
  /** The photo bytes handed on so far: the zip's bytes less its headers and documents, which are small here. */
  let overhead = 0;
  const handedSentBytes = () => handedBytes - overhead;
  const source = {
    eachWrittenSince: async function* () {
      for (const comment of comments) yield { comment, history: [] };
    },
  };
  const zip = zipArchive(await archiveFiles(source, NOVEMBER, accounts, media), NOVEMBER);
  const slowDownload = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      handed.push(chunk);
      handedBytes += chunk.length;
      // Headers and text files are under a piece; a photo's bytes come in pieces of 64 KB.
      if (chunk.length < PIECE) overhead += chunk.length;
      setTimeout(done, 1);
    },
  });
  await pipeline(Readable.from(zip), slowDownload);
  const bytes = Buffer.concat(handed);
  return { bytes, files: unzipSync(bytes), mostAhead, opened, outcome: zip.outcome };
}

describe('the archive package, packed as it is sent', () => {
  it('sends each kept photo a piece at a time as the download takes it, never holding one whole', async () => {
    const numbers = [1, 2, 3, 4, 5];
    const photos = new Map(numbers.map((n) => [`photo-${n}`, randomBytes(1024 * 1024)] as const));
    const { files, mostAhead, bytes, outcome, opened } = await download(numbers.map(withPhoto), photos);

    assert.ok(mostAhead <= 4 * PIECE, `at most four pieces ahead of the download, not ${mostAhead} bytes`);
    for (const n of numbers) {
      const file = files[`bilagor/facebook/122187654321098765_${n}-1.jpg`];
      assert.ok(file && Buffer.from(file).equals(photos.get(`photo-${n}`) ?? Buffer.alloc(0)), `photo ${n}`);
      assert.equal(opened.get(`photo-${n}`), 2, 'read to measure it, then as it is sent');
    }
    assert.equal(outcome.files, Object.keys(files).length);
    assert.equal(outcome.bytes, bytes.length);
    assert.equal(outcome.sha256, createHash('sha256').update(bytes).digest('hex'), 'the SHA-256 recorded');
    const manifest = strFromU8(files['manifest-sha256.txt'] ?? new Uint8Array());
    const photoSum = createHash('sha256')
      .update(photos.get('photo-3') ?? Buffer.alloc(0))
      .digest('hex');
    assert.match(manifest, new RegExp(`${photoSum}  bilagor/facebook/122187654321098765_3-1.jpg`));
  });

  it('fails rather than send a photo whose copy changed between its measuring and its sending', async () => {
    const photos = new Map([['photo-1', randomBytes(200 * 1024)]]);
    const tampered = Buffer.from(photos.get('photo-1') ?? Buffer.alloc(0));
    tampered[150_000] = (tampered[150_000] ?? 0) ^ 0xff;
    await assert.rejects(
      download([withPhoto(1)], photos, new Map([['photo-1', tampered]])),
      /changed while the package was made/,
    );
    await assert.rejects(
      download([withPhoto(1)], photos, new Map([['photo-1', Buffer.concat([tampered, tampered])]])),
      /changed while the package was made/,
      'nor one that grew',
    );
  });

  it('leaves out a copy gone from the vault, and names only the files it holds', async () => {
    const photos = new Map([
      ['photo-1', randomBytes(1024)],
      ['photo-2', undefined],
    ]);
    const { files } = await download([1, 2].map(withPhoto), photos);

    assert.ok(files['bilagor/facebook/122187654321098765_1-1.jpg']);
    assert.equal(files['bilagor/facebook/122187654321098765_2-1.jpg'], undefined);
    const documentOf = (n: number) =>
      JSON.parse(strFromU8(files[`samtal/facebook/122187654321098765_${n}.json`] ?? new Uint8Array())) as {
        comments: { media: { file?: string }[] }[];
      };
    assert.equal(documentOf(1).comments[0]?.media[0]?.file, 'bilagor/facebook/122187654321098765_1-1.jpg');
    assert.equal(documentOf(2).comments[0]?.media[0]?.file, undefined, 'no name of a file that is not there');
    const manifest = strFromU8(files['manifest-sha256.txt'] ?? new Uint8Array());
    assert.doesNotMatch(manifest, /_2-1\.jpg/);
    for (const [sum, name] of manifest
      .trim()
      .split('\n')
      .map((line) => line.split('  '))) {
      const file = files[name ?? ''];
      assert.ok(file, `${name} is in the package`);
      assert.equal(createHash('sha256').update(file).digest('hex'), sum, `the checksum of ${name}`);
    }
  });

  it('packs more than 65,535 files into one zip that a reader takes whole, and the same files into the same bytes', async function () {
    this.timeout(60_000);
    // A half-year at the city's volume is more conversations than a zip without ZIP64 can list.
    const files = Array.from({ length: 65_600 }, (_, n) => ({
      path: `samtal/facebook/${n}.json`,
      bytes: new Uint8Array(Buffer.from(`{"n":${n}}`)),
    }));
    const zip = await zipFiles(files, '2026-11-30');
    const read = unzipSync(zip);
    assert.equal(Object.keys(read).length, 65_600);
    assert.equal(strFromU8(read['samtal/facebook/65599.json'] ?? new Uint8Array()), '{"n":65599}');
    assert.ok(zip.equals(await zipFiles(files, '2026-11-30')), 'byte-identical');
  });
});
