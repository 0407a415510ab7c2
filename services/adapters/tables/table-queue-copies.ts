import type { TableClient, TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { QueuedCopy } from '../../ports/index';
import { fromChunks, toChunks } from './chunked-json';
import { asStorageError, statusOf } from './table-errors';
import { etagIn } from './transaction-etag';

/** How often a write is tried again when another writer changed its row meanwhile. */
const ATTEMPTS = 8;
const QUEUE = 'queue';

/** Whether a write met a row other than it read (changed, made meanwhile, or gone) and is to be tried again. */
const lostRace = (error: unknown) => [412, 409, 404].includes(statusOf(error) ?? 0);

/** Copies per transaction: each is a few kilobytes, and a transaction at most 4 MiB. */
const QUEUE_BATCH = 50;

/** A queue row: a copy, or that the comment went out of the queue at `at`; each with its revision. */
function queueRow(id: string, entry: QueuedCopy | { readonly revision: number }, at: string) {
  return 'copy' in entry
    ? { partitionKey: QUEUE, rowKey: id, revision: entry.revision, ...toChunks(entry.copy) }
    : { partitionKey: QUEUE, rowKey: id, revision: entry.revision, goneAt: at };
}

/**
 * The overview queue's copies, partition `queue` of the figures table (table-overview-figures.ts): one row per
 * comment the queue may list, by keyed id, with the comment's revision; one taken out stays a week as gone.
 */
export class TableQueueCopies {
  /** Each row's revision and ETag, as last read or written here. */
  private readonly queued = new Map<string, { revision: number; etag: string }>();

  constructor(private readonly table: TableClient) {}

  async read(): Promise<QueuedCopy[]> {
    try {
      const found: QueuedCopy[] = [];
      const rows = this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter: odata`PartitionKey eq ${QUEUE}` },
      });
      for await (const row of rows) {
        const revision = Number(row.revision ?? 0);
        this.queued.set(row.rowKey ?? '', { revision, etag: row.etag });
        if (row.goneAt === undefined) found.push({ copy: fromChunks(row), revision });
      }
      return found;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async set(
    entries: ReadonlyMap<string, QueuedCopy | { readonly revision: number }>,
    at: string,
  ): Promise<void> {
    try {
      // Those newer than what this instance last saw go in shared transactions, each on the ETag it saw (or as
      // new); a transaction that meets another writer's row is done again one by one, comparing revisions.
      const actions: [string, QueuedCopy | { readonly revision: number }, TransactionAction][] = [];
      for (const [id, entry] of entries) {
        const before = this.queued.get(id);
        if (before && before.revision > entry.revision) continue;
        const entity = queueRow(id, entry, at);
        actions.push([
          id,
          entry,
          before ? ['update', entity, 'Replace', { etag: before.etag }] : ['create', entity],
        ]);
      }
      for (let start = 0; start < actions.length; start += QUEUE_BATCH) {
        const chunk = actions.slice(start, start + QUEUE_BATCH);
        try {
          const result = await this.table.submitTransaction(chunk.map(([, , action]) => action));
          chunk.forEach(([id, entry], index) =>
            this.queued.set(id, { revision: entry.revision, etag: etagIn(result, id, index) ?? '' }),
          );
        } catch (error) {
          if (!lostRace(error)) throw error;
          for (const [id, entry] of chunk) await this.setOne(id, entry, at);
        }
      }
    } catch (error) {
      throw asStorageError(error);
    }
  }

  /**
   * One copy (or its going), on the ETag of the row as last seen here; where it is new here it is created, and
   * where another writer got there first the row is read and the revisions compared again.
   */
  private async setOne(
    id: string,
    entry: QueuedCopy | { readonly revision: number },
    at: string,
  ): Promise<void> {
    let before = this.queued.get(id);
    for (let attempt = 1; ; attempt++) {
      if (before && before.revision > entry.revision) return;
      const entity = queueRow(id, entry, at);
      try {
        const written = before
          ? await this.table.updateEntity(entity, 'Replace', { etag: before.etag })
          : await this.table.createEntity(entity);
        this.queued.set(id, { revision: entry.revision, etag: written.etag ?? '' });
        return;
      } catch (error) {
        if (!lostRace(error) || attempt >= ATTEMPTS) throw error;
        before = await this.table
          .getEntity<{ revision?: number }>(QUEUE, id, { queryOptions: { select: ['revision'] } })
          .then((row) => ({ revision: Number(row.revision ?? 0), etag: row.etag }))
          .catch((missing: unknown) => {
            if (statusOf(missing) === 404) return undefined;
            throw missing;
          });
      }
    }
  }

  async forgetGone(before: string): Promise<void> {
    try {
      const rows = this.table.listEntities<{ goneAt?: string }>({
        queryOptions: { filter: odata`PartitionKey eq ${QUEUE} and goneAt lt ${before}`, select: ['RowKey'] },
      });
      for await (const row of rows) {
        await this.table.deleteEntity(QUEUE, row.rowKey ?? '', { etag: row.etag }).catch((error: unknown) => {
          if (!lostRace(error) && statusOf(error) !== 404) throw error;
        });
        this.queued.delete(row.rowKey ?? '');
      }
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
