import { zipSync, type Zippable } from 'fflate';
import type { ArchiveFile } from './archive-package';
import type { ArchivePeriod } from '../../domain/archive-period';

/**
 * Packs the files into a zip whose bytes depend on the files and the period only: every entry carries the period's
 * last day as its time (built from local date parts, since zip times are local: the same on any machine's time
 * zone), the same compression level, and the files in the order given.
 */
export function zipArchive(files: readonly ArchiveFile[], period: ArchivePeriod): Buffer {
  return zipFiles(files, period.to);
}

/** The files as a zip dated `day` (yyyy-MM-dd): the same files and day give the same bytes. */
export function zipFiles(files: readonly ArchiveFile[], day: string): Buffer {
  const [year, month, date] = day.split('-').map(Number);
  const mtime = new Date(year ?? 1980, (month ?? 1) - 1, date ?? 1, 0, 0, 0);
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = [file.bytes, { level: 6, mtime }];
  return Buffer.from(zipSync(entries));
}

/** The package's file name: svarsvakten-arkiv-<from>_<to>.zip. */
export function archiveFileName(period: ArchivePeriod): string {
  return `svarsvakten-arkiv-${period.from}_${period.to}.zip`;
}
