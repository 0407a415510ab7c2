import type { TableClient, TableEntityResult, TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { CommentCount } from '../../domain/figures/comment-count';
import { foldDay, type DayFigures, type DayTotals } from '../../domain/figures/day-totals';
import { isPlatform, type Platform } from '../../domain/platform';
import type { OverviewFigures, QueuedCopy } from '../../ports/index';
import { fromChunks, toChunks } from './chunked-json';
import { fromShard, toShard, type Shard } from './figure-shard';
import { asStorageError, statusOf } from './table-errors';
import { etagIn } from './transaction-etag';
import { TableQueueCopies } from './table-queue-copies';

/**
 * The overview's figures in their own table, so reading them costs what they hold, however many comments there are:
 * - partition `t|<yyyy>`: a row `<day>|<platform>` with the day's totals: what `/api/overview` reads;
 * - partition `d|<yyyy-MM>`: the counts they are folded from, `m|<day>|<platform>|<n>` (sixteen shards by the
 *   comment's keyed id). The totals are always folded again from every shard, so a crash between the writes of
 *   a day's shards and its totals is mended by the next write to that day;
 * - partition `queue`: a copy of each comment the queue may list, by keyed id, with its revision; one taken out
 *   of the queue stays a week as gone, with its revision;
 * - partition `meta`, row `built`: when the figures were last built from every comment.
 */
const SHARDS = 16;
/** How often a write is tried again when another writer changed its rows meanwhile. */
const ATTEMPTS = 8;

type Row = TableEntityResult<Record<string, unknown>>;

const shardPrefix = (day: string, platform: string) => `m|${day}|${platform}|`;

function shardOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % SHARDS;
}

/**
 * Whether a write met rows other than it read (changed: 412; made meanwhile: 409; gone, the table lost: 404) and
 * is to be tried again on what is stored now.
 */
const lostRace = (error: unknown) => [412, 409, 404].includes(statusOf(error) ?? 0);

/** A day's shards and totals as last read or written here. */
interface DayState {
  readonly shards: Map<number, { shard: Shard; etag?: string | undefined }>;
  totalsEtag?: string | undefined;
}

/** How many days' shards are kept between writes. */
const DAYS_KEPT = 32;

/** What a transaction of shards may hold, in UTF-16 units (two bytes each): well inside its 4 MiB. */
const TRANSACTION_UNITS = 1_500_000;

export class TableOverviewFigures implements OverviewFigures {
  private readonly days = new Map<string, DayState>();
  private readonly queue: TableQueueCopies;

  constructor(private readonly table: TableClient) {
    this.queue = new TableQueueCopies(table);
  }

  async readDays(firstDay: string): Promise<DayFigures[]> {
    const filter = odata`PartitionKey ge ${`t|${firstDay.slice(0, 4)}`} and PartitionKey lt ${'t}'} and RowKey ge ${firstDay}`;
    try {
      const days: DayFigures[] = [];
      for await (const row of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      })) {
        const [day = '', platform = ''] = (row.rowKey ?? '').split('|');
        if (isPlatform(platform)) days.push({ day, platform, totals: fromChunks<DayTotals>(row) });
      }
      return days;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async setCounts(day: string, platform: Platform, counts: ReadonlyMap<string, CommentCount>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeDay(day, platform, counts);
        return;
      } catch (error) {
        // What this instance kept of the day is out of date: read it again.
        this.days.delete(`${day}|${platform}`);
        if (!lostRace(error) || attempt >= ATTEMPTS) throw asStorageError(error);
        await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
      }
    }
  }

  /**
   * Sets the counts newer than those kept in the day's shards, writes the shards that changed, then the totals
   * folded from them all, each on its ETag. The day as last read or written is kept for the next write (the days
   * being counted are few): a write another instance made meanwhile fails its ETag, and the day is read again.
   */
  private async writeDay(
    day: string,
    platform: Platform,
    counts: ReadonlyMap<string, CommentCount>,
  ): Promise<void> {
    const key = `${day}|${platform}`;
    const state = this.days.get(key) ?? (await this.readDay(day, platform));
    this.days.delete(key);
    const changed = new Set<number>();
    for (const [id, count] of counts) {
      const n = shardOf(id);
      const found = state.shards.get(n) ?? { shard: new Map<string, CommentCount>() };
      state.shards.set(n, found);
      const kept = found.shard.get(id);
      if (kept && kept.v > count.v) continue;
      found.shard.set(id, count);
      changed.add(n);
    }
    const partitionKey = `d|${day.slice(0, 7)}`;
    await this.writeShards(partitionKey, shardPrefix(day, platform), state, changed);
    const totals = foldDay([...state.shards.values()].flatMap(({ shard }) => [...shard.values()]));
    const entity = { partitionKey: `t|${day.slice(0, 4)}`, rowKey: key, ...toChunks(totals) };
    const written = state.totalsEtag
      ? await this.table.updateEntity(entity, 'Replace', { etag: state.totalsEtag })
      : await this.table.createEntity(entity);
    state.totalsEtag = written.etag;
    this.days.set(key, state);
    if (this.days.size > DAYS_KEPT) this.days.delete(this.days.keys().next().value ?? '');
  }

  /**
   * The changed shards of a day, in one transaction where they fit its 4 MiB (sixteen full ones would not), else one
   * request a shard; each on its ETag.
   */
  private async writeShards(
    partitionKey: string,
    prefix: string,
    state: DayState,
    changed: ReadonlySet<number>,
  ): Promise<void> {
    const writes = [...changed].flatMap((n) => {
      const found = state.shards.get(n);
      if (!found) return [];
      const entity = { partitionKey, rowKey: `${prefix}${n}`, ...toChunks(toShard(found.shard)) };
      return [{ found, entity }];
    });
    const units = writes.reduce(
      (sum, { entity }) => sum + Object.values(entity).reduce((n, v) => n + String(v).length, 0),
      0,
    );
    if (writes.length > 1 && units < TRANSACTION_UNITS) {
      const result = await this.table.submitTransaction(
        writes.map(({ found, entity }): TransactionAction =>
          found.etag ? ['update', entity, 'Replace', { etag: found.etag }] : ['create', entity],
        ),
      );
      writes.forEach(({ found, entity }, index) => (found.etag = etagIn(result, entity.rowKey, index)));
      return;
    }
    for (const { found, entity } of writes) {
      const written = found.etag
        ? await this.table.updateEntity(entity, 'Replace', { etag: found.etag })
        : await this.table.createEntity(entity);
      found.etag = written.etag;
    }
  }

  /** A day's shards and its totals' ETag, as stored; the ETag first, so a change made after it fails the write. */
  private async readDay(day: string, platform: Platform): Promise<DayState> {
    const totalsEtag = await this.table
      .getEntity(`t|${day.slice(0, 4)}`, `${day}|${platform}`, { queryOptions: { select: ['RowKey'] } })
      .then((row) => row.etag)
      .catch((error: unknown) => {
        if (statusOf(error) === 404) return undefined;
        throw error;
      });
    const prefix = shardPrefix(day, platform);
    const shards: DayState['shards'] = new Map();
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: {
        filter: odata`PartitionKey eq ${`d|${day.slice(0, 7)}`} and RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}`,
      },
    });
    for await (const row of rows as AsyncIterable<Row>) {
      shards.set(Number((row.rowKey ?? '').slice(prefix.length)), {
        shard: fromShard(fromChunks(row)),
        etag: row.etag,
      });
    }
    return { shards, ...(totalsEtag ? { totalsEtag } : {}) };
  }

  readQueue(): Promise<QueuedCopy[]> {
    return this.queue.read();
  }

  setQueue(
    entries: ReadonlyMap<string, QueuedCopy | { readonly revision: number }>,
    at: string,
  ): Promise<void> {
    return this.queue.set(entries, at);
  }

  forgetGone(before: string): Promise<void> {
    return this.queue.forgetGone(before);
  }

  async builtAt(): Promise<string | undefined> {
    try {
      const row = await this.table.getEntity<{ at: string }>('meta', 'built');
      return row.at;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async markBuilt(at: string): Promise<void> {
    try {
      await this.table.upsertEntity({ partitionKey: 'meta', rowKey: 'built', at }, 'Replace');
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
