import { createHash } from 'node:crypto';
import { CentralDirectory, storedEntryHeaders, zipEntry, zipEnd } from './zip-records';
import { CopySums, type ArchiveFile, type CopiedFile } from './archive-package';
import type { ArchivePeriod } from '../../domain/archive-period';

/**
 * A zip written as its files come, one file at a time: what is held is the file being packed, its compressed bytes
 * and each file's record for the central directory (about 110 bytes, kept in blocks), never the whole package.
 * ZIP64 where it needs it (services/app/records/zip-records.ts). Its bytes depend on the files and the day only:
 * every entry carries the day as its time, the same compression, and the files in the order given. Once read to
 * the end it tells how many files it holds, its size and its SHA-256, which the archive checks the deposit against.
 */
export class StreamedZip implements AsyncIterable<Uint8Array> {
  private count = 0;
  private size = 0;
  private readonly hash = createHash('sha256');
  private started = false;
  private done = false;

  constructor(
    private readonly files: AsyncIterable<ArchiveFile> | Iterable<ArchiveFile>,
    private readonly day: string,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    if (this.started) throw new Error('A zip is read once');
    this.started = true;
    const counted = (chunk: Uint8Array) => {
      this.size += chunk.length;
      this.hash.update(chunk);
      return chunk;
    };
    const central = new CentralDirectory();
    for await (const file of this.files) {
      if ('bytes' in file) {
        // Photos and films are compressed already: stored as they are, deflating them again would only cost time.
        const entry = zipEntry(file.path, file.bytes, {
          stored: compressed(file.path),
          day: this.day,
          offset: this.size,
        });
        central.add(entry.central);
        this.count += 1;
        for (const chunk of entry.local) yield counted(chunk);
      } else {
        const headers = storedEntryHeaders(
          file.path,
          { size: file.size, crc: file.crc32 },
          {
            day: this.day,
            offset: this.size,
          },
        );
        central.add(headers.central);
        this.count += 1;
        yield counted(headers.local);
        for await (const piece of checkedPieces(file)) yield counted(piece);
      }
    }
    const offset = this.size;
    for (const chunk of central.chunks()) yield counted(chunk);
    yield counted(zipEnd(central.entries, central.size, offset));
    this.done = true;
  }

  /** Files, bytes and SHA-256 of the whole zip: known once it has been read to the end. */
  get outcome(): { readonly files: number; readonly bytes: number; readonly sha256: string } {
    if (!this.done) throw new Error('The zip has not been read to its end');
    return { files: this.count, bytes: this.size, sha256: this.hash.copy().digest('hex') };
  }
}

/**
 * A kept copy's bytes as it is sent, checked against what its header said: a copy gone or changed since it was
 * measured fails the package here (its download is cut off and it is not recorded), rather than leaving a zip
 * whose entry does not match its header.
 */
async function* checkedPieces(file: CopiedFile): AsyncGenerator<Uint8Array> {
  const pieces = await file.pieces();
  if (!pieces) throw new Error('A kept copy was deleted while the package was made');
  const changed = () => new Error('A kept copy changed while the package was made');
  const sums = new CopySums();
  for await (const piece of pieces) {
    // Not a byte beyond what the header said goes out.
    if (sums.bytes + piece.length > file.size) throw changed();
    sums.add(piece);
    yield piece;
  }
  const read = sums.done();
  if (read.size !== file.size || read.crc32 !== file.crc32 || read.sha256 !== file.sha256) throw changed();
}

const STORED = /\.(jpe?g|png|gif|webp|mp4|mov)$/i;
const compressed = (path: string) => STORED.test(path);

/** The files as one zip dated `day` (yyyy-MM-dd), in memory: for packages of a few files, such as one resident's. */
export async function zipFiles(files: readonly ArchiveFile[], day: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of new StreamedZip(files, day)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The archive package of a period, zipped as its files come; dated the period's last day. */
export function zipArchive(
  files: AsyncIterable<ArchiveFile> | Iterable<ArchiveFile>,
  period: ArchivePeriod,
): StreamedZip {
  return new StreamedZip(files, period.to);
}

/** The package's file name: svarsvakten-arkiv-<from>_<to>.zip. */
export function archiveFileName(period: ArchivePeriod): string {
  return `svarsvakten-arkiv-${period.from}_${period.to}.zip`;
}
