import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import type { DeliveryInbox, HeldDelivery } from '../../ports/delivery-inbox';
import { CHUNK_UNITS, fromChunks, MAX_CHUNKS, toChunks } from './chunked-json';
import { GroupCommit } from './group-commit';
import { asStorageError, statusOf } from './table-errors';

/** A body's base64 (four characters per three bytes begun, and the JSON string's quotes) fits the row's chunks. */
const MAX_BODY_BYTES = Math.floor((MAX_CHUNKS * CHUNK_UNITS - 2) / 4) * 3;

/** Row keys sort as the deliveries were held: the time in milliseconds, fixed width, then a random part. */
function rowKeyAt(receivedAt: string): string {
  const millis = Date.parse(receivedAt);
  return `${String(Number.isFinite(millis) ? millis : 0).padStart(15, '0')}|${randomUUID()}`;
}

/** A row's body; one that cannot be read is empty, so its delivery fails to parse on its own, not the listing. */
function bodyOf(row: Readonly<Record<string, unknown>>): Buffer {
  try {
    return Buffer.from(fromChunks<string>(row), 'base64');
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * The `Inbox` table: one row per webhook delivery acknowledged and not yet ingested, in a partition per webhook,
 * its body as base64 over the chunked columns. Deliveries held at once go in shared transactions, and so do their
 * releases (group-commit.ts): a storm's deliveries cost a few round trips to hold.
 */
export class TableDeliveryInbox implements DeliveryInbox {
  readonly maxBodyBytes = MAX_BODY_BYTES;
  private readonly commit: GroupCommit;

  constructor(private readonly table: TableClient) {
    this.commit = new GroupCommit(table);
  }

  async hold(delivery: Omit<HeldDelivery, 'id'>): Promise<HeldDelivery> {
    if (delivery.body.length > MAX_BODY_BYTES)
      throw new RangeError(`A body of ${delivery.body.length} bytes is more than the inbox holds`);
    const rowKey = rowKeyAt(delivery.receivedAt);
    const row = {
      partitionKey: delivery.source,
      rowKey,
      receivedAt: delivery.receivedAt,
      ...toChunks(delivery.body.toString('base64')),
    };
    try {
      await this.commit.submit(delivery.source, [['create', row]]);
    } catch (error) {
      throw asStorageError(error);
    }
    return { ...delivery, id: rowKey };
  }

  async release(delivery: HeldDelivery): Promise<void> {
    try {
      await this.commit.submit(delivery.source, [
        ['delete', { partitionKey: delivery.source, rowKey: delivery.id }],
      ]);
    } catch (error) {
      // Released already: by another instance that took it up too, or by an earlier try whose answer was lost.
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }

  async heldBefore(before: string): Promise<HeldDelivery[]> {
    const held: HeldDelivery[] = [];
    try {
      const rows = this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter: odata`RowKey lt ${rowKeyAt(before).split('|')[0] ?? ''}` },
      });
      for await (const row of rows) {
        held.push({
          id: row.rowKey ?? '',
          source: row.partitionKey ?? '',
          receivedAt: String(row.receivedAt ?? ''),
          body: bodyOf(row),
        });
      }
    } catch (error) {
      throw asStorageError(error);
    }
    return held;
  }
}
