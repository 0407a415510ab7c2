import type { TableClient, TableEntityResult, TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { StoredComment } from '../../domain/comment';
import type { CommentCount } from '../../domain/figures/comment-count';
import { foldDay, type DayFigures, type DayTotals } from '../../domain/figures/day-totals';
import { isPlatform, type Platform } from '../../domain/platform';
import type { OverviewFigures } from '../../ports/index';
import { fromChunks, toChunks } from './chunked-json';
import { asStorageError, statusOf } from './table-errors';
import { deleteRow } from './table-rows';

/**
 * The overview's figures in their own table, so reading them costs what they hold, however many comments there are:
 * - partition `d|<yyyy-MM>` (the month): a row `t|<day>|<platform>` with the day's totals, and beside it the counts
 *   they were made from, `m|<day>|<platform>|<n>` (eight shards, by the comment's keyed id), written together;
 * - partition `queue`: a copy of each comment the queue may list, by keyed id;
 * - partition `meta`, row `built`: when the figures were last built from every comment.
 */
const SHARDS = 8;
/** How often a day's write is tried again when another writer changed it meanwhile. */
const ATTEMPTS = 8;
const QUEUE = 'queue';
/** Copies per transaction: each is a few kilobytes, and a transaction at most 4 MiB. */
const QUEUE_BATCH = 50;

type Counts = Record<string, CommentCount>;
type Row = TableEntityResult<Record<string, unknown>>;

const monthOf = (day: string) => `d|${day.slice(0, 7)}`;
const totalsKey = (day: string, platform: string) => `t|${day}|${platform}`;
const shardPrefix = (day: string, platform: string) => `m|${day}|${platform}|`;

function shardOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % SHARDS;
}

export class TableOverviewFigures implements OverviewFigures {
  constructor(private readonly table: TableClient) {}

  async readDays(firstDay: string): Promise<DayFigures[]> {
    // The months from the first day's on, and in them only the totals rows (the counts' rows sort before them).
    const filter = odata`PartitionKey ge ${monthOf(firstDay)} and PartitionKey lt ${'d}'} and RowKey ge ${`t|${firstDay}`} and RowKey lt ${'t}'}`;
    try {
      const days: DayFigures[] = [];
      for await (const row of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      })) {
        const [, day = '', platform = ''] = (row.rowKey ?? '').split('|');
        if (isPlatform(platform)) days.push({ day, platform, totals: fromChunks<DayTotals>(row) });
      }
      return days;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async setCounts(
    day: string,
    platform: Platform,
    counts: ReadonlyMap<string, CommentCount | undefined>,
    replace = false,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeDay(day, platform, counts, replace);
        return;
      } catch (error) {
        const status = statusOf(error);
        if ((status !== 412 && status !== 409) || attempt >= ATTEMPTS) throw asStorageError(error);
      }
    }
  }

  /** Reads the day's shards and totals, sets the counts, folds them again, and writes what changed in one transaction. */
  private async writeDay(
    day: string,
    platform: Platform,
    counts: ReadonlyMap<string, CommentCount | undefined>,
    replace: boolean,
  ): Promise<void> {
    const partitionKey = monthOf(day);
    const prefix = shardPrefix(day, platform);
    const shards = new Map<number, { counts: Counts; etag?: string; changed: boolean }>();
    let totalsEtag: string | undefined;
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: {
        filter: odata`PartitionKey eq ${partitionKey} and ((RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}) or RowKey eq ${totalsKey(day, platform)})`,
      },
    });
    for await (const row of rows as AsyncIterable<Row>) {
      if (row.rowKey === totalsKey(day, platform)) totalsEtag = row.etag;
      else {
        const n = Number((row.rowKey ?? '').slice(prefix.length));
        shards.set(n, { counts: replace ? {} : fromChunks<Counts>(row), etag: row.etag, changed: replace });
      }
    }
    for (const [id, count] of counts) {
      const n = shardOf(id);
      const shard = shards.get(n) ?? { counts: {}, changed: false };
      shards.set(n, shard);
      if (count) shard.counts[id] = count;
      else delete shard.counts[id];
      shard.changed = true;
    }
    const all = [...shards.values()].flatMap((shard) => Object.values(shard.counts));
    const write = (rowKey: string, value: unknown, etag: string | undefined): TransactionAction => {
      const entity = { partitionKey, rowKey, ...toChunks(value) };
      return etag ? ['update', entity, 'Replace', { etag }] : ['create', entity];
    };
    await this.table.submitTransaction([
      write(totalsKey(day, platform), foldDay(all), totalsEtag),
      ...[...shards]
        .filter(([, shard]) => shard.changed)
        .map(([n, shard]) => write(`${prefix}${n}`, shard.counts, shard.etag)),
    ]);
  }

  async readQueue(): Promise<StoredComment[]> {
    try {
      const found: StoredComment[] = [];
      const rows = this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter: odata`PartitionKey eq ${QUEUE}` },
      });
      for await (const row of rows) found.push(fromChunks<StoredComment>(row));
      return found;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async setQueue(entries: ReadonlyMap<string, StoredComment | undefined>): Promise<void> {
    try {
      // Copies in shared transactions; a removal on its own, as one of a row already gone would fail the rest.
      const copies = [...entries].flatMap(([id, comment]): TransactionAction[] =>
        comment ? [['upsert', { partitionKey: QUEUE, rowKey: id, ...toChunks(comment) }, 'Replace']] : [],
      );
      for (let start = 0; start < copies.length; start += QUEUE_BATCH) {
        await this.table.submitTransaction(copies.slice(start, start + QUEUE_BATCH));
      }
      for (const [id, comment] of entries) if (!comment) await deleteRow(this.table, QUEUE, id);
    } catch (error) {
      throw asStorageError(error);
    }
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
