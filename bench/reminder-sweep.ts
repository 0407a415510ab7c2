import type { TableClient, TransactionAction } from '@azure/data-tables';
import { DateTime } from 'luxon';
import { hmacKeyedIds } from '../services/adapters/hmac-keyed-ids';
import { systemClock } from '../services/adapters/system-clock';
import { toEntity } from '../services/adapters/tables/comment-entity';
import { reminderRow } from '../services/adapters/tables/reminder-row';
import { TableCommentStore } from '../services/adapters/tables/table-comment-store';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { TableOverviewFigures } from '../services/adapters/tables/table-overview-figures';
import { AccountDirectory } from '../services/app/accounts/account-directory';
import { CardRenderer } from '../services/app/posting/card-renderer';
import { forEachLimited } from '../services/app/reminders/for-each-limited';
import { isClosed } from '../services/domain/workflow';
import { utcIso } from '../services/domain/utc-iso';
import { PLATFORMS, type Platform } from '../services/domain/platform';
import type { FakeBotConnector } from '../test/fakes/bot-connector';
import { freePort } from '../test/support/free-port';
import { round } from './bench-process';
import { startWeekBot } from './simulated-week/week-bot-process';
import { sweepComment } from './sweep-comments';

/** The sweep's concurrency, and so the floor's. */
const AT_ONCE = 8;
/** Reminders stored, and of them due at each run's sweep (1 %). */
export const STORED = 100_000;
export const DUE = STORED / 100;
/** Runs measured on one store: each has its own due reminders and its own two sets for the floor. */
const RUNS = 3;
/**
 * How far apart the runs' sweeps are: a run's reminders are due within the hour before its sweep, so none of them is
 * due at an earlier run's. The stored reminders carry no later links, so a sweep leaves none behind for the next.
 */
const RUN_APART = { hours: 1 } as const;

/** The sweep's store, made once for its runs. */
export interface SweepStore {
  readonly tablePrefix: string;
  /** The first run's sweep; each next run's `RUN_APART` later. */
  readonly now: DateTime;
}

/** When run `run` (from 0) sweeps, and the days whose reminders its floor passes read before and after it. */
function runTimes(store: SweepStore, run: number) {
  const at = store.now.plus({ hours: RUN_APART.hours * run });
  return {
    at,
    floor: [store.now.plus({ days: 30 + 2 * run }), store.now.plus({ days: 31 + 2 * run })] as const,
  };
}

/**
 * Stores `STORED` reminders for `RUNS` runs of the sweep. Of every hundred, one for each run is due within the hour
 * before its sweep, and two for each run are due weeks ahead for its floor's passes (the sweep reads none of them),
 * each with its comment in one of the states a reminder meets (bench/sweep-comments.ts); the rest are due in the days
 * ahead, spread over every platform's partition, as a city's are. A run's sweep and floor delete their 3,000, so
 * the second run starts on 97,000 and the third on 94,000.
 */
export async function storeSweep(
  connectionString: string,
  prefix: string,
  connector: FakeBotConnector,
): Promise<SweepStore> {
  const tablePrefix = `${prefix}S${STORED}`;
  const tables = createTableClients(connectionString, tablePrefix);
  await ensureTables(tables);
  // Today at noon in the city: no run's bot finds its daily overview (08:30) due within the runs' two hours.
  const noon = DateTime.now().setZone('Europe/Stockholm').startOf('day').plus({ hours: 12 });
  const store = { tablePrefix, now: noon.toUTC() };
  // Each platform's reminders beside its comments, in its partition, a transaction per 99 rows; the partitions
  // written side by side (Azurite's insert cost grows with a partition's rows).
  const batches = new Map<Platform, TransactionAction[][]>(PLATFORMS.map((platform) => [platform, [[]]]));
  const add = (platform: Platform, ...rows: TransactionAction[]) => {
    const partition = batches.get(platform) ?? [[]];
    if ((partition.at(-1)?.length ?? 0) + rows.length > 99) partition.push([]);
    partition.at(-1)?.push(...rows);
    batches.set(platform, partition);
  };
  for (let i = 0; i < STORED; i += 1) {
    // Slots 0, 11, … 88 of each hundred: run 0's due, its floor's before and after, then run 1's, run 2's.
    const slot = i % 100;
    const set = slot % 11 === 0 && slot / 11 < 3 * RUNS ? slot / 11 : undefined;
    if (set === undefined) {
      const dueAt = utcIso(store.now.plus({ days: 1 + (i % 20) }));
      const platform = PLATFORMS[i % PLATFORMS.length] ?? 'facebook';
      add(platform, ['create', reminderRow({ kind: 'badge', dueAt, platform, commentId: `b${i}` })]);
      continue;
    }
    const { at, floor } = runTimes(store, Math.floor(set / 3));
    const role = set % 3;
    const n = set * 1_000_000 + Math.floor(i / 100);
    const { comment, kind } = sweepComment(n, connector.url, at);
    const dueAt =
      role === 0
        ? utcIso(at.minus({ minutes: 5 + (i % 47) }))
        : utcIso((role === 1 ? floor[0] : floor[1]).plus({ seconds: i / 100 }));
    add(
      'facebook',
      ['create', toEntity(comment)],
      ['create', reminderRow({ kind, dueAt, platform: 'facebook', commentId: comment.commentId })],
    );
  }
  await Promise.all(
    [...batches.values()].map(async (partition) => {
      for (const rows of partition) if (rows.length > 0) await tables.comments.submitTransaction(rows);
    }),
  );
  // A running deployment's figures are built: the bot starts as it does every day.
  await new TableOverviewFigures(tables.figures).markBuilt(utcIso(store.now));
  return store;
}

/**
 * Run `run` of the reminder sweep on `store`: its `DUE` reminders swept by the built bot (its reminders' sweep, on
 * demand over IPC) and sent to the Bot Connector stand-in; against its floor: the same reads, the same cards
 * rendered and the same messages posted, in a bare loop on rows placed among the others as the sweep's are, once
 * before the sweep and once after.
 */
export async function measureReminderSweep(
  connectionString: string,
  store: SweepStore,
  run: number,
  connector: FakeBotConnector,
): Promise<Record<string, number>> {
  if (run >= RUNS) throw new Error(`the sweep's store holds ${RUNS} runs' reminders, not ${run + 1}`);
  const tables = createTableClients(connectionString, store.tablePrefix);
  const { at, floor } = runTimes(store, run);
  const atIso = utcIso(at);
  const bot = await startWeekBot({
    WEEK_START: atIso,
    PORT: String(await freePort()),
    PLAYGROUND: 'off',
    TABLES_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: store.tablePrefix,
    REMINDER_INTERVAL_MS: '3600000',
    OUTBOX_INTERVAL_MS: '3600000',
    // The product's own work, as the floor's: Teams' limits are the latency phase's.
    TEAMS_PACING: 'off',
    LOG_LEVEL: 'warn',
  });
  try {
    const comments = new TableCommentStore(tables.comments, hmacKeyedIds('bench-retention-key'));
    const before = await floorPass(tables.comments, comments, connector, floor[0]);
    const callsBefore = connector.calls.length;
    const t0 = performance.now();
    await bot.step(new Date(atIso).toISOString(), { sweep: true });
    const sweepMs = performance.now() - t0;
    const sweepCalls = connector.calls.length - callsBefore;
    const after = await floorPass(tables.comments, comments, connector, floor[1]);
    const floorMs = (before.ms + after.ms) / 2;
    return {
      ms: round(sweepMs),
      due: DUE,
      sent: sweepCalls,
      floorSent: before.calls,
      ioFloorMs: round(floorMs),
      ioFloorBeforeMs: round(before.ms),
      ioFloorAfterMs: round(after.ms),
      floorRowsBefore: before.rows,
      floorRowsAfter: after.rows,
      ratio: round(sweepMs / floorMs),
    };
  } finally {
    await bot.stop();
  }
}

/**
 * The sweep's work in a bare loop for the rows due on the day from `from`: read that range, then claim each row,
 * read its comment and, where it is not closed, render its card and post it again (and, before the deadline, a
 * reply in its thread), then delete the row; at the sweep's concurrency.
 */
async function floorPass(
  table: TableClient,
  comments: TableCommentStore,
  connector: FakeBotConnector,
  from: DateTime,
): Promise<{ ms: number; rows: number; calls: number }> {
  const renderer = new CardRenderer(new AccountDirectory([]), '', systemClock, 4);
  const callsBefore = connector.calls.length;
  const started = performance.now();
  const rows: { rowKey: string; etag: string; kind: string; commentId: string }[] = [];
  const range = table.listEntities<{ kind: string; commentId: string }>({
    queryOptions: {
      filter: `PartitionKey eq 'facebook' and RowKey ge 'r|${utcIso(from)}' and RowKey le 'r|${utcIso(from.plus({ days: 1 }))}|~'`,
    },
  });
  for await (const row of range)
    rows.push({ rowKey: row.rowKey ?? '', etag: row.etag, kind: row.kind, commentId: row.commentId });
  const post = (method: string, path: string, body: unknown) =>
    fetch(`${connector.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => response.arrayBuffer());
  await forEachLimited(rows, AT_ONCE, async (row) => {
    await table.updateEntity({ partitionKey: 'facebook', rowKey: row.rowKey, claimedUntil: 'x' }, 'Merge', {
      etag: row.etag,
    });
    const comment = (await comments.get({ platform: 'facebook', commentId: row.commentId }))?.value;
    if (comment?.card && !isClosed(comment.state)) {
      const conversation = encodeURIComponent(
        `${comment.card.channelId};messageid=${comment.card.activityId}`,
      );
      const card = { type: 'message', attachments: [{ content: renderer.render(comment) }] };
      await post('PUT', `/v3/conversations/${conversation}/activities/${comment.card.activityId}`, card);
      if (row.kind === 'before_deadline')
        await post('POST', `/v3/conversations/${conversation}/activities`, {
          type: 'message',
          text: comment.text,
        });
    }
    await table.deleteEntity('facebook', row.rowKey);
  });
  return { ms: performance.now() - started, rows: rows.length, calls: connector.calls.length - callsBefore };
}
