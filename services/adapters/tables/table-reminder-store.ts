import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { ReminderKind } from '../../domain/reminder-plan';
import type { ReminderStore, StoredReminder, Versioned } from '../../ports';
import { asStorageError, statusOf } from './table-errors';

/**
 * Reminders sit in one partition keyed by when they are due (`<due ISO>|<kind>|<platform>|<comment id>`), so the
 * sweep reads a range that ends at "now" and nothing else: its reads grow with what is due, not with what is
 * stored. The same reminder scheduled twice is the same row.
 */
const PARTITION = 'due';

type ReminderEntity = {
  partitionKey: string;
  rowKey: string;
  kind: string;
  dueAt: string;
  platform: string;
  commentId: string;
  claimedUntil: string;
};

function rowKey(r: StoredReminder): string {
  return `${r.dueAt}|${r.kind}|${r.platform}|${encodeURIComponent(r.commentId)}`;
}

export class TableReminderStore implements ReminderStore {
  lastReadCount = 0;

  constructor(private readonly table: TableClient) {}

  async add(reminders: readonly StoredReminder[]): Promise<void> {
    if (reminders.length === 0) return;
    // Usually all new: one transaction. If any is there already (a redelivery), one at a time, skipping those.
    if (reminders.length <= 100) {
      try {
        await this.table.submitTransaction(
          reminders.map((r) => [
            'create',
            { partitionKey: PARTITION, rowKey: rowKey(r), ...r, claimedUntil: '' },
          ]),
        );
        return;
      } catch (error) {
        if (statusOf(error) !== 409) throw asStorageError(error);
      }
    }
    for (const reminder of reminders) {
      try {
        await this.table.createEntity<ReminderEntity>({
          partitionKey: PARTITION,
          rowKey: rowKey(reminder),
          ...reminder,
          claimedUntil: '',
        });
      } catch (error) {
        if (statusOf(error) !== 409) throw asStorageError(error);
      }
    }
  }

  async listDue(now: string, limit: number): Promise<Versioned<StoredReminder>[]> {
    try {
      const due: Versioned<StoredReminder>[] = [];
      let read = 0;
      const pages = this.table
        .listEntities<ReminderEntity>({
          queryOptions: { filter: odata`PartitionKey eq ${PARTITION} and RowKey le ${`${now}|~`}` },
        })
        .byPage({ maxPageSize: Math.min(limit, 1000) });
      for await (const page of pages) {
        for (const row of page) {
          read += 1;
          if (row.claimedUntil && row.claimedUntil > now) continue;
          due.push({
            value: {
              kind: row.kind as ReminderKind,
              dueAt: row.dueAt,
              platform: row.platform,
              commentId: row.commentId,
            },
            etag: row.etag,
          });
        }
        if (read >= limit) break;
      }
      this.lastReadCount = read;
      return due;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async claim(reminder: Versioned<StoredReminder>, until: string): Promise<boolean> {
    try {
      await this.table.updateEntity(
        { partitionKey: PARTITION, rowKey: rowKey(reminder.value), claimedUntil: until },
        'Merge',
        { etag: reminder.etag },
      );
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) return false;
      throw asStorageError(error);
    }
  }

  async release(reminder: StoredReminder, from: string): Promise<void> {
    try {
      await this.table.updateEntity(
        { partitionKey: PARTITION, rowKey: rowKey(reminder), claimedUntil: from },
        'Merge',
      );
    } catch (error) {
      if (statusOf(error) !== 404) throw asStorageError(error);
    }
  }

  async forgetFor(comments: readonly { platform: string; commentId: string }[]): Promise<number> {
    if (comments.length === 0) return 0;
    const purged = new Set(comments.map((c) => `${c.platform}:${c.commentId}`));
    try {
      // The partition holds what is still to be sent, not what was: read whole, in keys only.
      const rows = this.table.listEntities<ReminderEntity>({
        queryOptions: {
          filter: odata`PartitionKey eq ${PARTITION}`,
          select: ['RowKey', 'platform', 'commentId'],
        },
      });
      let forgotten = 0;
      for await (const row of rows) {
        if (!purged.has(`${row.platform}:${row.commentId}`)) continue;
        await this.table.deleteEntity(PARTITION, row.rowKey);
        forgotten += 1;
      }
      return forgotten;
    } catch (error) {
      if (statusOf(error) === 404) return 0;
      throw asStorageError(error);
    }
  }

  async done(reminder: StoredReminder): Promise<void> {
    try {
      await this.table.deleteEntity(PARTITION, rowKey(reminder));
    } catch (error) {
      if (statusOf(error) !== 404) throw asStorageError(error);
    }
  }
}
