import { DateTime } from 'luxon';
import type { ChildProcess } from 'node:child_process';
import type { TableClient, TransactionAction } from '@azure/data-tables';
import { historyRow, rowKeyPart, toEntity } from '../services/adapters/tables/comment-entity';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import type { HistoryEvent, KeptMedia, StoredComment } from '../services/domain/comment';
import type { Platform } from '../services/domain/platform';
import { newStoredComment } from '../services/domain/new-comment';
import { utcIso } from '../services/domain/utc-iso';
import { answered } from '../test/support/comment-states';
import { facebookComment } from '../test/support/incoming-comment';
import { freePort } from '../test/support/free-port';
import { archiveAtVolume, keepPhotos, lastMonth, type ArchiveAtVolume } from './archive-at-volume';
import { round, rssMb, startBot } from './bench-process';
import { cpuMsOf } from './cpu-time';

/**
 * The CSV export of 13 weeks through the running bot, with the period's share of a year of 250,000 comments stored
 * as the comment store writes them (62,500 over 91 days and five platforms; nine in ten handled, with one or two
 * history lines): how much the bot's memory grows while it streams the file, against its memory at rest just
 * before; and the rows it wrote, checked against the generator's own tally. The comments outside the period are
 * not stored: storage filters them out before the bot sees a row (Azurite's insert cost grows with a partition's
 * rows, and a year of them would take the phase far past its minutes).
 */

const TEXT =
  'Hej! Jag undrar när tömningen av glasigloon på Möllevångstorget sker nästa gång, den har varit full i flera dagar nu och det ligger flaskor runt omkring.';

export interface ExportAtVolume {
  readonly comments: number;
  readonly inPeriod: number;
  readonly rows: number;
  readonly rowsExpected: number;
  readonly megabytes: number;
  readonly ms: number;
  readonly restingRssMb: number;
  readonly peakRssMb: number;
  readonly growthMb: number;
  readonly writeMs: number;
  /** The archive package of the last whole month, downloaded after the export. */
  readonly archive: ArchiveAtVolume;
}

const PLATFORMS: readonly Platform[] = ['facebook', 'instagram', 'x', 'linkedin', 'youtube'];

/** Writes each partition's rows a hundred to a transaction, the partitions side by side. */
async function writeAll(table: TableClient, rows: Map<string, TransactionAction[]>): Promise<void> {
  await Promise.all(
    [...rows.values()].map(async (partition) => {
      for (let i = 0; i < partition.length; i += 100)
        await table.submitTransaction(partition.slice(i, i + 100));
    }),
  );
}

/** Waits until the process used under 5 % of a core for two seconds running (two minutes at most). */
async function atRest(pid: number): Promise<void> {
  let quiet = 0;
  for (let second = 0; second < 120 && quiet < 2; second++) {
    const before = cpuMsOf(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    quiet = cpuMsOf(pid) - before < 50 ? quiet + 1 : 0;
  }
}

export async function exportAtVolume(
  connection: string,
  prefix: string,
  comments: number,
  now: DateTime,
): Promise<ExportAtVolume> {
  const tables = createTableClients(connection, prefix);
  await ensureTables(tables);
  const since = now.minus({ weeks: 13 }).startOf('day');
  const commentRows = new Map(PLATFORMS.map((platform) => [platform, [] as TransactionAction[]]));
  const historyRows = new Map(PLATFORMS.map((platform) => [platform, [] as TransactionAction[]]));
  let inPeriod = 0;
  let rowsExpected = 0;
  const month = lastMonth(now);
  const kept = await keepPhotos(connection, prefix);
  const photos: KeptMedia[] = [];
  let inMonth = 0;
  for (let i = 0; i < comments; i++) {
    // Spread over the 91 days from the period's start.
    const written = since.plus({
      minutes: 1 + Math.floor(((i * 7919) % comments) * ((91 * 24 * 60) / comments)),
    });
    const platform = PLATFORMS[i % PLATFORMS.length] ?? 'facebook';
    const at = (minutes: number) => utcIso(written.plus({ minutes }));
    const incoming = facebookComment(String(100_000_000 + i), { text: TEXT, writtenAt: utcIso(written) });
    const fresh = newStoredComment({ ...incoming, platform }, written);
    // One in ten is still open; the rest were answered, half of them claimed first.
    const open = i % 10 === 0;
    const handled: StoredComment = open ? fresh : answered(fresh, at(95));
    const archived = handled.writtenAt >= month.startUtc && handled.writtenAt < month.endUtc;
    if (archived) inMonth++;
    // Some of the month's comments were hidden with a photo, whose copy the vault keeps.
    const photo = archived && i % 97 === 5 ? kept[photos.length] : undefined;
    if (photo) photos.push(photo);
    const comment: StoredComment = photo ? { ...handled, media: [{ kind: 'photo', kept: photo }] } : handled;
    const reply = 'Hej! Tack, vi har beställt en extra tömning i dag. /Alex';
    const history: HistoryEvent[] = open
      ? []
      : [
          ...(i % 2 === 0 ? [{ at: at(30), by: 'Alex Lind', action: 'claimed' as const }] : []),
          { at: at(90), by: 'Alex Lind', action: 'replied', detail: reply },
        ];
    commentRows.get(platform)?.push(['create', toEntity(comment, history.length)]);
    for (const [line, event] of history.entries())
      historyRows
        .get(platform)
        ?.push(['create', historyRow(platform, rowKeyPart(comment.commentId), event, line + 1)]);
    inPeriod++;
    if (!open) rowsExpected += history.length;
  }
  const writing = performance.now();
  await writeAll(tables.comments, commentRows);
  await writeAll(tables.comments, historyRows);
  const writeMs = round(performance.now() - writing);
  commentRows.clear();
  historyRows.clear();

  const port = await freePort();
  let bot: ChildProcess | undefined;
  try {
    bot = await startBot(port, connection, prefix);
    const pid = bot.pid ?? 0;
    // At rest once started: its start-up work (the figures built from every comment) done, its heap settled.
    await atRest(pid);
    const restingRssMb = rssMb(pid);
    let peak = restingRssMb;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/overview/export.csv?weeks=13`);
    let bytes = 0;
    let rows = -1;
    let tail = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      const text = tail + Buffer.from(chunk).toString('utf8');
      const lines = text.split('\r\n');
      tail = lines.pop() ?? '';
      rows += lines.length;
    }
    const ms = round(performance.now() - started);
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(pid));
    if (response.status !== 200) throw new Error(`the export answered ${response.status}`);
    await atRest(pid);
    const archive = await archiveAtVolume(port, pid, month, {
      comments: inMonth,
      conversations: inMonth,
      photos,
    });
    return {
      archive,
      comments,
      inPeriod,
      rows,
      rowsExpected,
      megabytes: round(bytes / 1024 / 1024),
      ms,
      restingRssMb: round(restingRssMb),
      peakRssMb: round(peak),
      growthMb: round(peak - restingRssMb),
      writeMs,
    };
  } finally {
    bot?.kill('SIGTERM');
  }
}
