import { BlobServiceClient } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { unzipSync } from 'fflate';
import type { KeptMedia } from '../services/domain/comment';
import { round, rssMb } from './bench-process';

/**
 * The archive package of the last whole month through the running bot, with the comments the export phase stored
 * and photos kept of some of them in the media vault: how much the bot's memory grows while it packs and sends the
 * zip, against its memory at rest just before; and whether every comment and photo is in it.
 */

/** How many photos are kept, and each one's size: together far more than the package may hold in memory. */
export const PHOTOS = { count: 40, bytes: 4 * 1024 * 1024 } as const;

export interface ArchiveAtVolume {
  readonly from: string;
  readonly to: string;
  readonly comments: number;
  readonly photos: number;
  readonly photoMegabytes: number;
  readonly files: number;
  readonly filesExpected: number;
  readonly megabytes: number;
  readonly ms: number;
  readonly restingRssMb: number;
  readonly peakRssMb: number;
  readonly growthMb: number;
}

/** The last whole month before `now`: a period that has ended, as the archive package asks. */
export function lastMonth(now: DateTime): { from: string; to: string; startUtc: string; endUtc: string } {
  const start = now.setZone('Europe/Stockholm').startOf('month').minus({ months: 1 });
  const end = start.plus({ months: 1 });
  return {
    from: start.toISODate() ?? '',
    to: end.minus({ days: 1 }).toISODate() ?? '',
    startUtc: start.toUTC().toISO() ?? '',
    endUtc: end.toUTC().toISO() ?? '',
  };
}

/** Stores the photos in the vault's container, as the bot keeps them; returns each one's kept record. */
export async function keepPhotos(connection: string, prefix: string): Promise<KeptMedia[]> {
  const container = BlobServiceClient.fromConnectionString(connection).getContainerClient(
    `${prefix.toLowerCase()}svarsvakten-media`,
  );
  await container.createIfNotExists();
  const kept: KeptMedia[] = [];
  for (let i = 0; i < PHOTOS.count; i++) {
    // A JPEG's bytes are as good as random to deflate: the package stores them as they are.
    const bytes = randomBytes(PHOTOS.bytes);
    const blob = `facebook/bench-${i}/0`;
    await container.getBlockBlobClient(blob).uploadData(bytes, {
      blobHTTPHeaders: { blobContentType: 'image/jpeg' },
    });
    kept.push({
      blob,
      contentType: 'image/jpeg',
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return kept;
}

/** Downloads the package from the bot on `port`, sampling its memory every 20 ms. */
export async function archiveAtVolume(
  port: number,
  pid: number,
  period: { from: string; to: string },
  expected: { comments: number; conversations: number; photos: readonly KeptMedia[] },
): Promise<ArchiveAtVolume> {
  const restingRssMb = rssMb(pid);
  let peak = restingRssMb;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const started = performance.now();
  const response = await fetch(
    `http://127.0.0.1:${port}/api/overview/archive.zip?from=${period.from}&to=${period.to}`,
  );
  const bytes = Buffer.from(await response.arrayBuffer());
  const ms = round(performance.now() - started);
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  if (response.status !== 200) throw new Error(`the archive package answered ${response.status}`);
  const files = unzipSync(bytes);
  const sums = new Set(expected.photos.map((photo) => photo.sha256));
  const photos = Object.entries(files).filter(
    ([name, file]) =>
      name.startsWith('bilagor/') && sums.has(createHash('sha256').update(file).digest('hex')),
  ).length;
  return {
    ...period,
    comments: expected.comments,
    photos,
    photoMegabytes: round((PHOTOS.bytes * expected.photos.length) / 1024 / 1024),
    files: Object.keys(files).length,
    // README, summary, register, manifest, one document per conversation, and the photos.
    filesExpected: 4 + expected.conversations + expected.photos.length,
    megabytes: round(bytes.length / 1024 / 1024),
    ms,
    restingRssMb: round(restingRssMb),
    peakRssMb: round(peak),
    growthMb: round(peak - restingRssMb),
  };
}
