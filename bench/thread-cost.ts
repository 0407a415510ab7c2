/*
 * A phase of the benchmark, also run on its own (`npm run bench:thread`, which writes bench/thread-cost.json): what
 * keeping a conversation's figures costs per reply, in a thread of 20 replies and in one of 20,000.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { TransactionAction } from '@azure/data-tables';
import { azuriteConnectionString, startAzurite, type RunningAzurite } from '../bot/local/azurite';
import { hmacKeyedIds } from '../services/adapters/hmac-keyed-ids';
import { toEntity } from '../services/adapters/tables/comment-entity';
import { TableCommentStore } from '../services/adapters/tables/table-comment-store';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { TableThreadTally, tallyRowKeys } from '../services/adapters/tables/table-thread-tally';
import { ConversationRefresher } from '../services/app/conversations/refresh-conversation';
import type { StoredComment } from '../services/domain/comment';
import { DEFAULT_DEADLINE_POLICY } from '../services/domain/deadline';
import { newStoredComment } from '../services/domain/new-comment';
import { utcIso } from '../services/domain/utc-iso';
import { startCountingProxy } from '../test/support/counting-proxy';
import { silentLog } from '../test/support/silent-log';
import { freePort } from '../test/support/free-port';
import { facebookComment } from '../test/support/incoming-comment';
import { percentile, round } from './bench-process';
import { figure, TARGETS, type Figure } from './bench-targets';

const PROBES = 40;
/** Short threads stored so far in this process: each gets ids of its own (the long one's tag is 200). */
let shortThreads = 0;

/** A stored reply to `rootId`, as the intake stores it. */
function replyTo(rootId: string, id: string, writtenAt: DateTime): StoredComment {
  const incoming = facebookComment(id, { parentId: rootId, writtenAt: utcIso(writtenAt) });
  return { ...newStoredComment(incoming, writtenAt, DEFAULT_DEADLINE_POLICY), conversation: { rootId } };
}

export interface ThreadCost {
  readonly replies: Record<string, number>;
  /** Median time of one reply's bookkeeping (counted, the first item's figures written), by the thread's length. */
  readonly msPerReply: Record<string, number>;
  /** Storage requests of one reply's bookkeeping, by the thread's length (the same for every probe). */
  readonly requestsPerReply: Record<string, number>;
  /** The same for a reply that was answered: its change counted. */
  readonly msPerChange: Record<string, number>;
  readonly seedSeconds: number;
}

/** A conversation stored with its replies and their figures, in the tables of `prefix`. */
export interface StoredThread {
  readonly prefix: string;
  readonly rootId: string;
  readonly replies: number;
  readonly seedSeconds: number;
}

/**
 * A conversation of `size` replies in the `facebook` partition of `prefix`'s comments table: its replies' comment
 * rows (100 a transaction) and the rows the tally would have left counting each, every other one waiting. `tag`
 * (three digits) keeps its ids apart from other threads'.
 */
export async function storeThread(
  connection: string,
  prefix: string,
  size: number,
  tag: string,
): Promise<StoredThread> {
  const tables = createTableClients(connection, prefix);
  await ensureTables(tables);
  const keyedIds = hmacKeyedIds('bench-retention-key');
  const store = new TableCommentStore(tables.comments, keyedIds);
  const seeded = performance.now();
  const start = DateTime.utc().minus({ days: 1 });
  const root = `${tag}000000000001`;
  const rootComment = newStoredComment(
    facebookComment(root, { writtenAt: utcIso(start) }),
    start,
    DEFAULT_DEADLINE_POLICY,
  );
  await store.insertNew(rootComment);
  const keyedRoot = keyedIds({ platform: 'facebook', commentId: rootComment.commentId });
  let batch: TransactionAction[] = [];
  const flush = async () => {
    if (batch.length) await tables.comments.submitTransaction(batch);
    batch = [];
  };
  for (let i = 0; i < size; i += 1) {
    const at = start.plus({ seconds: i + 1 });
    const reply = replyTo(rootComment.commentId, `${tag}${String(i).padStart(9, '0')}`, at);
    const waiting = i % 2 === 0;
    batch.push(['create', toEntity(waiting ? reply : { ...reply, firstResponseAt: utcIso(at) })]);
    if (batch.length >= 100) await flush();
  }
  await flush();
  for (let i = 0; i < size; i += 1) {
    const at = start.plus({ seconds: i + 1 });
    const id = `122187654321098765_${tag}${String(i).padStart(9, '0')}`;
    const keys = tallyRowKeys(keyedRoot, keyedIds({ platform: 'facebook', commentId: id }));
    const waiting = i % 2 === 0;
    batch.push(['create', { partitionKey: 'facebook', rowKey: keys.reply, waiting, writtenAt: utcIso(at) }]);
    if (waiting) batch.push(['create', { partitionKey: 'facebook', rowKey: keys.waiting(utcIso(at)) }]);
    if (batch.length >= 99) await flush();
  }
  batch.push([
    'create',
    {
      partitionKey: 'facebook',
      rowKey: tallyRowKeys(keyedRoot, '').figures,
      replies: size,
      unanswered: Math.ceil(size / 2),
    },
  ]);
  await flush();
  return {
    prefix,
    rootId: rootComment.commentId,
    replies: size,
    seedSeconds: round((performance.now() - seeded) / 1000),
  };
}

/**
 * A long conversation stored before (`long`, its replies stored once for every run) and a short one of `small`
 * replies stored now in the same partition, then `PROBES` new replies to each in turn, and each answered: the
 * time and storage requests of the bookkeeping after each. Both threads share the partition, so what Azurite's
 * scans cost is the same for both; what differs is the thread's length alone.
 */
export async function measureThreadCost(
  azurite: RunningAzurite,
  long: StoredThread,
  small = 20,
): Promise<ThreadCost> {
  shortThreads += 1;
  const tag = String(300 + shortThreads);
  const short = await storeThread(azurite.connectionString, long.prefix, small, tag);
  const proxy = await startCountingProxy({ port: azurite.port });
  const tables = createTableClients(azuriteConnectionString(proxy.port, azurite.blobPort), long.prefix);
  const keyedIds = hmacKeyedIds('bench-retention-key');
  const store = new TableCommentStore(tables.comments, keyedIds);
  const tally = new TableThreadTally(tables.comments, keyedIds);
  const refresher = new ConversationRefresher({
    store,
    tally,
    updater: { refresh: async () => true },
    logger: silentLog,
  });
  const threads = [short, long];
  const times = new Map(threads.map((t) => [t, [] as number[]]));
  const changes = new Map(threads.map((t) => [t, [] as number[]]));
  const requests = new Map(threads.map((t) => [t, [] as number[]]));
  for (let probe = 0; probe < PROBES; probe += 1) {
    for (const thread of threads) {
      const id = `9${tag}${thread.replies}${String(probe).padStart(6, '0')}`;
      const reply = replyTo(thread.rootId, id, DateTime.utc());
      await store.insertNew(reply);
      const before = proxy.requests.length;
      let started = performance.now();
      await refresher.changed(reply);
      times.get(thread)?.push(performance.now() - started);
      requests.get(thread)?.push(proxy.requests.length - before);
      const answered = await store.mutate(reply, (current) => ({
        comment: { ...current, firstResponseAt: utcIso(DateTime.utc()) },
      }));
      started = performance.now();
      await refresher.changed(answered?.value ?? reply);
      changes.get(thread)?.push(performance.now() - started);
    }
  }
  const counted = await Promise.all(
    threads.map(async (t) => (await tally.figures({ platform: 'facebook', commentId: t.rootId }))?.replies),
  );
  await proxy.close();
  const bySize = (values: Map<StoredThread, number[]>, pick: (v: number[]) => number) =>
    Object.fromEntries([...values].map(([thread, v]) => [String(thread.replies), pick(v)]));
  return {
    replies: Object.fromEntries(threads.map((t, i) => [String(t.replies), counted[i] ?? NaN])),
    msPerReply: bySize(times, (v) => round(percentile(v, 50))),
    requestsPerReply: bySize(requests, (v) => Math.max(...v)),
    msPerChange: bySize(changes, (v) => round(percentile(v, 50))),
    seedSeconds: long.seedSeconds,
  };
}

/** The benchmark's figure: a reply's time in the long thread against the short one, the requests of each beside it. */
export function threadCostFigure(thread: ThreadCost): Figure {
  const [shortMs, longMs] = [thread.msPerReply['20'] ?? NaN, thread.msPerReply['20000'] ?? NaN];
  return figure(
    'a reply in a 20,000-reply thread ÷ in a 20-reply one',
    round(longMs / shortMs),
    '',
    TARGETS.threadCostRatio,
    `${longMs} / ${shortMs} ms, ${thread.requestsPerReply['20000']} / ${thread.requestsPerReply['20']} storage requests`,
  );
}

if (require.main === module) {
  void (async () => {
    const azurite = await startAzurite({ port: await freePort() });
    try {
      const results = {
        machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
        at: new Date().toISOString(),
        threadCost: await measureThreadCost(
          azurite,
          await storeThread(
            azurite.connectionString,
            `thread${randomBytes(3).toString('hex')}`,
            20_000,
            '200',
          ),
        ),
      };
      const file = path.join('bench', 'thread-cost.json');
      writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
      console.log(`${JSON.stringify(results, null, 2)}\nWritten to ${file}`);
    } finally {
      await azurite.stop();
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
