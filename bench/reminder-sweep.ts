import { hmacKeyedIds } from '../services/adapters/hmac-keyed-ids';
import { systemClock } from '../services/adapters/system-clock';
import { DateTime } from 'luxon';
import { forEachLimited } from '../services/app/reminders/for-each-limited';
import { Reminders } from '../services/app/reminders/reminders';
import { intervalScheduler } from '../bot/schedules/interval-loop';
import { createLogger } from '../bot/wiring/logger';
import { TableCommentStore } from '../services/adapters/tables/table-comment-store';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { reminderRow } from '../services/adapters/tables/reminder-row';
import { TableReminderStore } from '../services/adapters/tables/table-reminder-store';
import { DEFAULT_REMINDER_POLICY } from '../services/domain/reminder-plan';
import { utcIso } from '../services/domain/utc-iso';
import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import type { PostedCard } from '../services/domain/comment';

const round = (n: number) => Math.round(n * 10) / 10;

/** Where the benchmark's Teams stand-in says a card went: nowhere, since the sweep posts none. */
const NOWHERE: PostedCard = {
  teamId: '',
  channelId: '',
  tenantId: '',
  serviceUrl: '',
  botId: '',
  activityId: '',
};

/**
 * Phase 4 of the benchmark: a reminder sweep over `stored` reminders, 1 % due, against the same storage work done
 * in a bare loop on the same table (the I/O floor); time, rows read and what was sent.
 */
export async function measureReminderSweep(
  connectionString: string,
  prefix: string,
  stored: number,
): Promise<Record<string, number>> {
  const tables = createTableClients(connectionString, `${prefix}S${stored}`);
  await ensureTables(tables);
  const comments = new TableCommentStore(tables.comments, hmacKeyedIds('bench-retention-key'));
  const reminderStore = new TableReminderStore(tables.comments);
  const nowIso = utcIso(DateTime.utc());
  const base = DateTime.fromISO(nowIso);
  const batch: [string, TableEntity][] = [];
  const flush = async () => {
    if (batch.length)
      await tables.comments.submitTransaction(
        batch.splice(0).map(([, e]): TransactionAction => ['create', e]),
      );
  };
  // 1 % due now for the sweep, and two more 1 % for the floor's passes, due weeks ahead (the sweep reads none of
  // them), interleaved with the rest: Azurite's cost for a row depends on where it sits among the partition's.
  const floorRanges = [base.plus({ days: 30 }), base.plus({ days: 40 })] as const;
  for (let i = 0; i < stored; i += 1) {
    const slot = i % 100;
    const dueAt =
      slot === 0
        ? utcIso(base.minus({ minutes: 5 + (i % 47) }))
        : slot === 33 || slot === 66
          ? utcIso(floorRanges[slot === 33 ? 0 : 1].plus({ seconds: i / 100 }))
          : utcIso(base.plus({ days: 1 + (i % 20) }));
    batch.push(['create', reminderRow({ kind: 'badge', dueAt, platform: 'facebook', commentId: `b${i}` })]);
    if (batch.length === 100) await flush();
  }
  await flush();
  let sent = 0;
  const reminders = new Reminders({
    reminders: reminderStore,
    comments,
    poster: {
      postNewThread: async () => NOWHERE,
      postCardInThread: async () => NOWHERE,
      updateCard: async () => {
        sent += 1;
      },
      sendToUser: async () => '',
      replyInThread: async () => undefined,
    },
    duty: { list: async () => [], add: async () => undefined, remove: async () => true },
    chats: {
      get: async () => undefined,
      save: async () => undefined,
      markRefused: async () => undefined,
      refusedUntil: async () => undefined,
    },
    routes: { routeFor: async () => undefined },
    updater: {
      refresh: async () => {
        sent += 1;
        return true;
      },
    },
    clock: { ...systemClock, now: () => DateTime.fromISO(nowIso) },
    schedule: intervalScheduler(createLogger('silent')),
    logger: createLogger('silent'),
    policy: DEFAULT_REMINDER_POLICY,
    teamLeads: [],
    intervalMs: 3_600_000,
  });
  // The floor is measured once before the sweep and once after, on rows placed among the others as the sweep's
  // are, and the sweep is read against their mean, so drift in the store during the phase shows as their difference.
  const before = await floorPass(tables.comments, comments, floorRanges[0]);
  const t0 = performance.now();
  await reminders.sweep();
  const sweepMs = performance.now() - t0;
  const rowsRead = reminderStore.lastReadCount;
  const after = await floorPass(tables.comments, comments, floorRanges[1]);
  const floorMs = (before.ms + after.ms) / 2;
  return {
    ms: round(sweepMs),
    rowsRead,
    due: stored / 100,
    sent,
    ioFloorMs: round(floorMs),
    ioFloorBeforeMs: round(before.ms),
    ioFloorAfterMs: round(after.ms),
    floorRowsBefore: before.rows,
    floorRowsAfter: after.rows,
    ratio: round(sweepMs / floorMs),
  };
}

/**
 * The sweep's storage work in a bare loop on the same table, for the rows due on the day from `from`: read that
 * range, then claim, look up the comment of and delete each row, at the sweep's concurrency. What Azurite itself
 * costs for it.
 */
async function floorPass(
  table: TableClient,
  comments: TableCommentStore,
  from: DateTime,
): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const rows: { rowKey: string; etag: string }[] = [];
  const range = table.listEntities<{ claimedUntil: string }>({
    queryOptions: {
      filter: `PartitionKey eq 'facebook' and RowKey ge 'r|${utcIso(from)}' and RowKey le 'r|${utcIso(from.plus({ days: 1 }))}|~'`,
    },
  });
  for await (const row of range) rows.push({ rowKey: row.rowKey ?? '', etag: row.etag });
  await forEachLimited(rows, 8, async (row) => {
    await table.updateEntity({ partitionKey: 'facebook', rowKey: row.rowKey, claimedUntil: 'x' }, 'Merge', {
      etag: row.etag,
    });
    await comments.get({ platform: 'facebook', commentId: row.rowKey.split('|')[3] ?? '' });
    await table.deleteEntity('facebook', row.rowKey);
  });
  return { ms: performance.now() - started, rows: rows.length };
}
