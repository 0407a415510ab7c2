import { hmacKeyedIds } from '../services/adapters/hmac-keyed-ids';
import { DateTime } from 'luxon';
import { forEachLimited } from '../bot/jobs/for-each-limited';
import { Reminders } from '../bot/jobs/reminders';
import { createLogger } from '../bot/logger';
import { TableCommentStore } from '../services/adapters/tables/table-comment-store';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { reminderRow } from '../services/adapters/tables/reminder-row';
import { TableReminderStore } from '../services/adapters/tables/table-reminder-store';
import { DEFAULT_REMINDER_POLICY } from '../services/domain/reminder-plan';
import { utcIso } from '../services/domain/utc-iso';
import type { TableEntity, TransactionAction } from '@azure/data-tables';
import type { PostedCard } from '../services/domain/comment';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Phase 4 of the benchmark: a reminder sweep over `stored` reminders, 1 % due, against the same storage work done
 * in a bare loop on the same table (the I/O floor); time, rows read and what was sent.
 */
/** Where the benchmark's Teams stand-in says a card went: nowhere, since the sweep posts none. */
const NOWHERE: PostedCard = {
  teamId: '',
  channelId: '',
  tenantId: '',
  serviceUrl: '',
  botId: '',
  activityId: '',
};

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
  for (let i = 0; i < stored; i += 1) {
    const due = i % 100 === 0;
    const dueAt = due
      ? base.minus({ minutes: 5 + (i % 47) }).toISO()
      : base.plus({ days: 1 + (i % 20) }).toISO();
    batch.push([
      'create',
      reminderRow({ kind: 'badge', dueAt: dueAt ?? '', platform: 'facebook', commentId: `b${i}` }),
    ]);
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
    clock: { now: () => DateTime.fromISO(nowIso) },
    logger: createLogger('silent'),
    policy: DEFAULT_REMINDER_POLICY,
    teamLeads: [],
    intervalMs: 3_600_000,
  });
  const t0 = performance.now();
  await reminders.sweep();
  const sweepMs = performance.now() - t0;
  const rowsRead = reminderStore.lastReadCount;
  // The floor: the same storage work in a bare loop (read the due range, claim and delete each row, look up its
  // comment), at the same concurrency, on the same table — what Azurite itself costs for it.
  const floorStart = DateTime.fromISO(nowIso).minus({ minutes: 100 });
  for (let i = 0; i < stored / 100; i += 1) {
    const dueAt = utcIso(floorStart.minus({ seconds: i }));
    batch.push(['create', reminderRow({ kind: 'badge', dueAt, platform: 'facebook', commentId: `f${i}` })]);
    if (batch.length === 100) await flush();
  }
  await flush();
  const t1 = performance.now();
  const rows: { rowKey: string; etag: string }[] = [];
  const range = tables.comments.listEntities<{ claimedUntil: string }>({
    queryOptions: { filter: `PartitionKey eq 'facebook' and RowKey ge 'r|' and RowKey le 'r|${nowIso}|~'` },
  });
  for await (const row of range) rows.push({ rowKey: row.rowKey ?? '', etag: row.etag });
  await forEachLimited(rows, 8, async (row) => {
    await tables.comments.updateEntity(
      { partitionKey: 'facebook', rowKey: row.rowKey, claimedUntil: 'x' },
      'Merge',
      { etag: row.etag },
    );
    await comments.get({ platform: 'facebook', commentId: row.rowKey.split('|')[3] ?? '' });
    await tables.comments.deleteEntity('facebook', row.rowKey);
  });
  const floorMs = performance.now() - t1;
  return {
    ms: round(sweepMs),
    rowsRead,
    due: stored / 100,
    sent,
    ioFloorMs: round(floorMs),
    ratio: round(sweepMs / floorMs),
  };
}
