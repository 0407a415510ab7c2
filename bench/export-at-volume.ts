import { DateTime } from 'luxon';
import type { ChildProcess } from 'node:child_process';
import type { TableClient, TransactionAction } from '@azure/data-tables';
import { historyRow, rowKeyPart, toEntity } from '../services/adapters/tables/comment-entity';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import type { HistoryEvent, StoredComment } from '../services/domain/comment';
import { newStoredComment } from '../services/domain/new-comment';
import { utcIso } from '../services/domain/utc-iso';
import { answered } from '../test/support/comment-states';
import { facebookComment } from '../test/support/incoming-comment';
import { freePort } from '../test/support/free-port';
import { round, rssMb, startBot } from './bench-process';

/**
 * The CSV export of 13 weeks through the running bot, with a year of comments stored as the comment store writes
 * them (spread over 365 days, each handled one with three history lines: claimed, the holding reply and the answer): how much the bot's memory grows while it
 * streams the file, against its memory at rest just before; and the rows it wrote, checked against the generator's
 * own tally.
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
}

/** Writes rows of one partition a hundred to a transaction, several transactions at once. */
async function writeAll(table: TableClient, rows: TransactionAction[]): Promise<void> {
  const batches: TransactionAction[][] = [];
  for (let i = 0; i < rows.length; i += 100) batches.push(rows.slice(i, i + 100));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await table.submitTransaction(batches[next++] ?? []);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
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
  const commentRows: TransactionAction[] = [];
  const historyRows: TransactionAction[] = [];
  let inPeriod = 0;
  let rowsExpected = 0;
  for (let i = 0; i < comments; i++) {
    const written = now.minus({
      minutes: Math.floor(((i * 7919) % comments) * ((365 * 24 * 60) / comments)),
    });
    const at = (minutes: number) => utcIso(written.plus({ minutes }));
    const fresh = newStoredComment(
      facebookComment(String(100_000_000 + i), { text: TEXT, writtenAt: utcIso(written) }),
      written,
    );
    // One in ten is still open; the rest were claimed, told their comment is seen, and answered.
    const open = i % 10 === 0;
    const comment: StoredComment = open ? fresh : answered(fresh, at(95));
    const history: HistoryEvent[] = open
      ? []
      : [
          { at: at(30), by: 'Alex Lind', action: 'claimed' },
          {
            at: at(40),
            by: 'Alex Lind',
            action: 'acknowledged',
            detail: 'Hej! Vi har sett din fråga och tittar på den. /Alex',
          },
          {
            at: at(90),
            by: 'Alex Lind',
            action: 'replied',
            detail: 'Hej! Tack, vi har beställt en extra tömning i dag. /Alex',
          },
        ];
    commentRows.push(['upsert', toEntity(comment, history.length)]);
    history.forEach((event, line) =>
      historyRows.push([
        'upsert',
        historyRow(comment.platform, rowKeyPart(comment.commentId), event, line + 1),
      ]),
    );
    if (written >= since) {
      inPeriod++;
      if (!open) rowsExpected += history.length;
    }
  }
  const writing = performance.now();
  await writeAll(tables.comments, commentRows);
  await writeAll(tables.comments, historyRows);
  const writeMs = round(performance.now() - writing);
  commentRows.length = 0;
  historyRows.length = 0;

  const port = await freePort();
  let bot: ChildProcess | undefined;
  try {
    bot = await startBot(port, connection, prefix);
    const pid = bot.pid ?? 0;
    // At rest once started: its start-up work (the figures built from every comment) done, its heap settled.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
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
    return {
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
