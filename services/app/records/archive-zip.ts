import { createHash } from 'node:crypto';
import { Zip, ZipDeflate } from 'fflate';
import type { ArchiveFile } from './archive-package';
import type { ArchivePeriod } from '../../domain/archive-period';

/**
 * A zip written as its files come, one file at a time: what is held is the file being packed and its compressed
 * bytes, never the whole package. Its bytes depend on the files and the day only: every entry carries the day as
 * its time (built from local date parts, since zip times are local: the same on any machine's time zone), the same
 * compression, and the files in the order given. Once read to the end it tells how many files it holds, its size
 * and its SHA-256, which the archive checks the deposit against.
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
    const [year, month, date] = this.day.split('-').map(Number);
    const mtime = new Date(year ?? 1980, (month ?? 1) - 1, date ?? 1, 0, 0, 0);
    const ready: Uint8Array[] = [];
    let failed: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failed = error;
      else ready.push(chunk);
    });
    const taken = (): Uint8Array[] => {
      if (failed) throw failed;
      const chunks = ready.splice(0);
      for (const chunk of chunks) {
        this.size += chunk.length;
        this.hash.update(chunk);
      }
      return chunks;
    };
    for await (const file of this.files) {
      // The zip has no ZIP64 records: past either limit its offsets would be wrong. Cut off, it is not taken.
      if (this.count >= ZIP_LIMITS.files || this.size + file.bytes.length + ENTRY_OVERHEAD > ZIP_LIMITS.bytes)
        throw new RangeError('The package is past what a zip without ZIP64 holds');
      // Photos and films are compressed already: deflated at level 0 (stored blocks), which costs no time and
      // keeps every entry one that streaming readers take with its data descriptor.
      const entry = new ZipDeflate(file.path, { level: compressed(file.path) ? 0 : 6 });
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(file.bytes, true);
      this.count += 1;
      yield* taken();
    }
    zip.end();
    yield* taken();
    this.done = true;
  }

  /** Files, bytes and SHA-256 of the whole zip: known once it has been read to the end. */
  get outcome(): { readonly files: number; readonly bytes: number; readonly sha256: string } {
    if (!this.done) throw new Error('The zip has not been read to its end');
    return { files: this.count, bytes: this.size, sha256: this.hash.copy().digest('hex') };
  }
}

/**
 * What one zip holds without ZIP64: 65,535 entries, and offsets up to 4 GiB. A package is refused before it is sent
 * when its files or its attachments come near (`fitsOneZip`), and cut off should it pass them anyway.
 */
export const ZIP_LIMITS = { files: 65_535, bytes: 0xffff_ffff } as const;
/** A local header, data descriptor and central record, with the longest name a package file has, and room. */
const ENTRY_OVERHEAD = 1024;

/** Whether a package of `files` files with `attachmentBytes` of attachments fits one zip, the rest with room. */
export function fitsOneZip(files: number, attachmentBytes: number): boolean {
  return files <= ZIP_LIMITS.files && attachmentBytes <= ZIP_LIMITS.bytes - 512 * 1024 * 1024;
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
