import type { TransactionAction } from '@azure/data-tables';
import { DateTime } from 'luxon';
import { toEntity } from '../services/adapters/tables/comment-entity';
import { reminderRow } from '../services/adapters/tables/reminder-row';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { TableOverviewFigures } from '../services/adapters/tables/table-overview-figures';
import type { PostedCard, StoredComment } from '../services/domain/comment';
import { newStoredComment } from '../services/domain/new-comment';
import { utcIso } from '../services/domain/utc-iso';
import type { FakeBotConnector } from '../test/fakes/bot-connector';
import { freePort } from '../test/support/free-port';
import { percentile, round, startBot } from './bench-process';

/**
 * How late a reminder reaches Teams after its due time, with 10,000 open comments stored and Teams' limits on: the
 * comments (each with its card in the channel and its reminder beside it) are written as the bot writes them, 120
 * of the reminders fall due over half a minute, and the bot runs as in production (a sweep every 30 s). A
 * reminder counts as out when Teams gets the first message about its card (the card redrawn, or the reply that
 * names the on-duty people).
 */
export interface ReminderLateness {
  readonly open: number;
  readonly due: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly latestMs: number;
  readonly missing: number;
  readonly writeMs: number;
}

const OPEN = 10_000;
const DUE = 120;
/** The due times' spacing: 120 fall due over 30 s. */
const SPACING_MS = 250;
const CHANNEL = '19:bench-reminders@thread.tacv2';
const commentIdOf = (i: number) => `180001234567890_${String(i).padStart(12, '0')}`;

export async function measureReminderLateness(
  connection: string,
  prefix: string,
  connector: FakeBotConnector,
): Promise<ReminderLateness> {
  const tables = createTableClients(connection, prefix);
  await ensureTables(tables);
  let start = DateTime.utc();
  const dueAt = (i: number) => utcIso(start.plus({ milliseconds: i * SPACING_MS }));
  const card = (i: number): PostedCard => ({
    teamId: '19:bench-team@thread.tacv2',
    channelId: CHANNEL,
    tenantId: 'tenant-malmo',
    serviceUrl: connector.url,
    botId: '28:bench-bot',
    activityId: `bench-card-${i}`,
  });
  const writing = performance.now();
  let batch: TransactionAction[] = [];
  for (let i = 0; i < OPEN; i++) {
    const received = DateTime.utc().minus({ minutes: 30 + (i % 600) });
    const incoming = {
      platform: 'facebook' as const,
      commentId: commentIdOf(i),
      accountId: '180001234567890',
      postId: `180001234567890_${Math.floor(i / 25)}`,
      authorId: `resident-${i}`,
      authorName: `Invånare ${i}`,
      text: `Fråga ${i} om sophämtningen`,
      writtenAt: utcIso(received),
    };
    const comment: StoredComment = { ...newStoredComment(incoming, received), card: card(i) };
    batch.push(['create', toEntity(comment)]);
    // The rest wait for tomorrow; the measured ones are written once their due times are set, below.
    const tomorrow = utcIso(DateTime.utc().plus({ days: 1 }));
    if (i >= DUE)
      batch.push([
        'create',
        reminderRow({ kind: 'badge', dueAt: tomorrow, platform: 'facebook', commentId: comment.commentId }),
      ]);
    if (batch.length >= 100) {
      await tables.comments.submitTransaction(batch);
      batch = [];
    }
  }
  if (batch.length) await tables.comments.submitTransaction(batch);
  // The reminders measured fall due from 25 s after the rest is stored, spread over 30 s.
  start = DateTime.utc().plus({ seconds: 25 });
  const due = Array.from({ length: DUE }, (_, i) =>
    reminderRow({
      kind: 'before_deadline',
      dueAt: dueAt(i),
      platform: 'facebook',
      commentId: commentIdOf(i),
    }),
  );
  for (let i = 0; i < due.length; i += 100)
    await tables.comments.submitTransaction(
      due.slice(i, i + 100).map((row): TransactionAction => ['create', row]),
    );
  // A running deployment's figures are built: the bot starts as it does every day, not as on its first start.
  await new TableOverviewFigures(tables.figures).markBuilt(utcIso(DateTime.utc()));
  const writeMs = round(performance.now() - writing);

  const port = await freePort();
  const bot = await startBot(port, connection, prefix, { TEAMS_PACING: 'on', REMINDER_INTERVAL_MS: '30000' });
  try {
    const lateness = new Map<number, number>();
    const until = start.plus({ milliseconds: DUE * SPACING_MS }).toMillis() + 120_000;
    let read = 0;
    while (Date.now() < until && lateness.size < DUE) {
      for (; read < connector.calls.length; read++) {
        const call = connector.calls[read];
        const i = Number(/bench-card-(\d+)/.exec(`${call?.path ?? ''}`)?.[1] ?? NaN);
        if (Number.isInteger(i) && i < DUE && !lateness.has(i))
          lateness.set(i, (call?.at ?? NaN) - Date.parse(dueAt(i)));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const times = [...lateness.values()];
    return {
      open: OPEN,
      due: DUE,
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile([...times, ...Array<number>(DUE - times.length).fill(Infinity)], 95)),
      latestMs: round(Math.max(...times)),
      missing: DUE - times.length,
      writeMs,
    };
  } finally {
    bot.kill('SIGTERM');
  }
}
