import type { TableClient } from '@azure/data-tables';
import type { CommentKey } from '../../domain/platform';
import type { DeadLetter, OutboxEntry, OutboxQueue } from '../../ports/index';
import { markerKey, UNPOSTED_PREFIX, type MarkerEntity } from './outbox-marker';
import { rowsInPlatformPartitions } from './platform-partitions';
import { asStorageError, statusOf } from './table-errors';

function keyOf(marker: MarkerEntity): CommentKey {
  return { platform: marker.partitionKey as CommentKey['platform'], commentId: marker.commentId };
}

/** The outbox's markers in the Comments table, read and rescheduled as a queue. */
export class TableOutboxQueue implements OutboxQueue {
  constructor(private readonly table: TableClient) {}

  /** Markers waiting (dead: false) or refused for good (dead: true); read whole, filtered here, since a filter on
   * a property a row lacks (markers written before dead letters existed) matches nothing in Table storage. */
  private async markers(dead: boolean): Promise<MarkerEntity[]> {
    const found: MarkerEntity[] = [];
    try {
      const rows = rowsInPlatformPartitions<MarkerEntity>(this.table, UNPOSTED_PREFIX, 'o}', {
        select: [
          'PartitionKey',
          'RowKey',
          'commentId',
          'receivedAt',
          'dueAt',
          'attempts',
          'lastCode',
          'dead',
        ],
      });
      for await (const row of rows) {
        if ((row.dead === true) === dead) found.push(row as MarkerEntity);
      }
    } catch (error) {
      throw asStorageError(error);
    }
    return found;
  }

  async listDue(now: string, limit: number): Promise<OutboxEntry[]> {
    // Only markers still waiting are read, whatever their key order: a dead letter never hides a fresh card.
    const due = (await this.markers(false)).filter((m) => (m.dueAt ?? m.receivedAt) <= now);
    return due
      .sort(
        (a, b) =>
          (a.dueAt ?? a.receivedAt).localeCompare(b.dueAt ?? b.receivedAt) ||
          a.receivedAt.localeCompare(b.receivedAt),
      )
      .slice(0, limit)
      .map((m) => ({ key: keyOf(m), attempts: m.attempts ?? 0 }));
  }

  async listPending(limit: number): Promise<CommentKey[]> {
    const waiting = await this.markers(false);
    return waiting
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
      .slice(0, limit)
      .map(keyOf);
  }

  async retryLater(key: CommentKey, attempts: number, dueAt: string, code: string): Promise<void> {
    await this.merge(key, { attempts, dueAt, lastCode: code });
  }

  async deadLetter(key: CommentKey, attempts: number, code: string): Promise<void> {
    await this.merge(key, { attempts, lastCode: code, dead: true });
  }

  async listDeadLetters(limit: number): Promise<DeadLetter[]> {
    const dead = await this.markers(true);
    return dead
      .slice(0, limit)
      .map((m) => ({ key: keyOf(m), code: m.lastCode ?? '', attempts: m.attempts ?? 0 }));
  }

  async retryDeadLetters(now: string): Promise<number> {
    const dead = await this.markers(true);
    for (const marker of dead) {
      await this.merge(keyOf(marker), { dead: false, attempts: 0, dueAt: now });
    }
    return dead.length;
  }

  async lease(key: CommentKey, now: string, until: string): Promise<boolean> {
    let marker: MarkerEntity & { etag: string };
    try {
      marker = await this.table.getEntity<MarkerEntity>(key.platform, markerKey(key.commentId));
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw asStorageError(error);
    }
    if (marker.dead === true || (marker.dueAt ?? marker.receivedAt) > now) return false;
    try {
      await this.table.updateEntity(
        { partitionKey: key.platform, rowKey: marker.rowKey, dueAt: until },
        'Merge',
        { etag: marker.etag },
      );
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) return false;
      throw asStorageError(error);
    }
  }

  async release(key: CommentKey, at: string): Promise<void> {
    await this.merge(key, { dueAt: at });
  }

  async clear(key: CommentKey): Promise<void> {
    try {
      await this.table.deleteEntity(key.platform, markerKey(key.commentId));
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }

  /** Changes a marker that is still there; one removed meanwhile (the card was posted) stays removed. */
  private async merge(key: CommentKey, fields: Partial<MarkerEntity>): Promise<void> {
    try {
      await this.table.updateEntity(
        { partitionKey: key.platform, rowKey: markerKey(key.commentId), ...fields },
        'Merge',
        { etag: '*' },
      );
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }
}
