import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { PLATFORMS } from '../../domain/platform';
import type { ReminderKind } from '../../domain/reminder-plan';
import type { ReminderStore, StoredReminder, Versioned } from '../../ports/index';
import { chainIn, REMINDER_PREFIX, reminderRow, reminderRowKey, type ReminderEntity } from './reminder-row';
import { asStorageError, statusOf } from './table-errors';

/** Every partition a reminder can be in: one per platform, and `-` for the daily overview. */
const PARTITIONS = [...PLATFORMS, '-'];
/** Where reminders were kept before they moved beside their comments: one partition of their own table. */
const LEGACY_PARTITION = 'due';

/**
 * Reminders beside their comments (services/adapters/tables/reminder-row.ts): the sweep reads, in each partition,
 * the range that ends at "now" and nothing else, so its reads grow with what is due, not with what is stored. The
 * same reminder scheduled twice is the same row. Rows still in the table reminders were kept in before are moved
 * here as the sweep meets them.
 */
export class TableReminderStore implements ReminderStore {
  lastReadCount = 0;

  constructor(
    private readonly table: TableClient,
    private readonly legacy?: TableClient,
  ) {}

  async add(reminders: readonly StoredReminder[]): Promise<void> {
    for (const partition of PARTITIONS) {
      const rows = reminders.filter((r) => r.platform === partition).map(reminderRow);
      if (rows.length > 0) await this.addIn(rows);
    }
  }

  /** Usually all new: one transaction. If any is there already (a redelivery), one at a time, skipping those. */
  private async addIn(rows: readonly ReminderEntity[]): Promise<void> {
    if (rows.length <= 100) {
      try {
        await this.table.submitTransaction(rows.map((row) => ['create', row]));
        return;
      } catch (error) {
        if (statusOf(error) !== 409) throw asStorageError(error);
      }
    }
    for (const row of rows) {
      try {
        await this.table.createEntity<ReminderEntity>(row);
      } catch (error) {
        if (statusOf(error) !== 409) throw asStorageError(error);
      }
    }
  }

  async listDue(now: string, limit: number): Promise<Versioned<StoredReminder>[]> {
    try {
      await this.moveLegacy();
      const pages = await Promise.all(PARTITIONS.map((partition) => this.dueIn(partition, now, limit)));
      const rows = pages.flat().sort((a, b) => (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0));
      const read = rows.slice(0, limit);
      this.lastReadCount = pages.reduce((sum, page) => sum + page.length, 0);
      return read
        .filter((row) => !(row.claimedUntil && row.claimedUntil > now))
        .map((row) => {
          const then = chainIn(row);
          return {
            value: {
              kind: row.kind as ReminderKind,
              dueAt: row.dueAt,
              platform: row.platform,
              commentId: row.commentId,
              ...(then ? { then } : {}),
            },
            etag: row.etag,
          };
        });
    } catch (error) {
      throw asStorageError(error);
    }
  }

  private async dueIn(partition: string, now: string, limit: number) {
    const found: (ReminderEntity & { etag: string })[] = [];
    const pages = this.table
      .listEntities<ReminderEntity>({
        queryOptions: {
          filter: odata`PartitionKey eq ${partition} and RowKey ge ${REMINDER_PREFIX} and RowKey le ${`${REMINDER_PREFIX}${now}|~`}`,
        },
      })
      .byPage({ maxPageSize: Math.min(limit, 1000) });
    for await (const page of pages) {
      found.push(...page);
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Moves what is left in the old reminders table beside the comments, keeping each row's claim. */
  private async moveLegacy(): Promise<void> {
    if (!this.legacy) return;
    try {
      const rows = this.legacy.listEntities<ReminderEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${LEGACY_PARTITION}` },
      });
      for await (const row of rows) {
        // Rows of the old table predate the chains: one reminder each.
        const moved = reminderRow({
          kind: row.kind as ReminderKind,
          dueAt: row.dueAt,
          platform: row.platform,
          commentId: row.commentId,
        });
        await this.table.upsertEntity({ ...moved, claimedUntil: row.claimedUntil ?? '' }, 'Replace');
        await this.legacy.deleteEntity(row.partitionKey, row.rowKey);
      }
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  async claim(reminder: Versioned<StoredReminder>, until: string): Promise<boolean> {
    try {
      await this.table.updateEntity(
        {
          partitionKey: reminder.value.platform,
          rowKey: reminderRowKey(reminder.value),
          claimedUntil: until,
        },
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
        { partitionKey: reminder.platform, rowKey: reminderRowKey(reminder), claimedUntil: from },
        'Merge',
      );
    } catch (error) {
      if (statusOf(error) !== 404) throw asStorageError(error);
    }
  }

  async forgetFor(comments: readonly { platform: string; commentId: string }[]): Promise<number> {
    let forgotten = 0;
    try {
      for (const { platform, commentId } of comments) {
        const rows = this.table.listEntities<ReminderEntity>({
          queryOptions: {
            filter: odata`PartitionKey eq ${platform} and RowKey ge ${REMINDER_PREFIX} and RowKey lt ${'r}'} and commentId eq ${commentId}`,
            select: ['RowKey'],
          },
        });
        for await (const row of rows) {
          await this.table.deleteEntity(platform, row.rowKey);
          forgotten += 1;
        }
      }
      return forgotten;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async done(reminder: StoredReminder, next?: StoredReminder): Promise<void> {
    if (next) {
      try {
        await this.table.submitTransaction([
          ['delete', { partitionKey: reminder.platform, rowKey: reminderRowKey(reminder) }],
          ['create', reminderRow(next)],
        ]);
        return;
      } catch (error) {
        // 404: another instance did this one and put the next in its place. 409: the next is there already.
        const status = statusOf(error);
        if (status === 404) return;
        if (status !== 409) throw asStorageError(error);
      }
    }
    try {
      await this.table.deleteEntity(reminder.platform, reminderRowKey(reminder));
    } catch (error) {
      if (statusOf(error) !== 404) throw asStorageError(error);
    }
  }
}
