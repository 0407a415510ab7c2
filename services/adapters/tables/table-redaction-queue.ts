import { odata, type TableClient } from '@azure/data-tables';
import type { CommentKey } from '../../domain/platform';
import type { PendingRedaction, RegistryQueue } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';
import { rowsInPlatformPartitions } from './platform-partitions';
import { deleteRow } from './table-rows';

/**
 * A purged comment whose cards still show its words in Teams: `g|<keyed id>` in its partition, written in the purge's
 * own transaction (anonymise-in-table.ts) and deleted once every card is redacted.
 */
export const REDACTION_PREFIX = 'g|';
/** A closed case whose document the registry is owed: `d|<comment id>`, written before the close. */
export const REGISTRY_PREFIX = 'd|';

export type RedactionEntity = {
  partitionKey: string;
  rowKey: string;
  etag?: string;
  commentId: string;
  dueAt: string;
  attempts: number;
  lastCode?: string;
};

export function redactionKey(commentId: string, prefix = REDACTION_PREFIX): string {
  return prefix + encodeURIComponent(commentId);
}

/**
 * Markers of work owed for a comment, beside it in the Comments table (one prefix per kind of work), read and
 * rescheduled as a queue: the redactions the purge owes Teams, the documents the registry is owed.
 */
export class TableRedactionQueue implements RegistryQueue {
  constructor(
    private readonly table: TableClient,
    private readonly prefix: typeof REDACTION_PREFIX | typeof REGISTRY_PREFIX = REDACTION_PREFIX,
  ) {}

  async owe(key: CommentKey, dueAt: string): Promise<void> {
    const marker: RedactionEntity = {
      partitionKey: key.platform,
      rowKey: redactionKey(key.commentId, this.prefix),
      commentId: key.commentId,
      dueAt,
      attempts: 0,
    };
    try {
      await this.table.upsertEntity(marker, 'Replace');
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async listDue(now: string, limit: number): Promise<PendingRedaction[]> {
    const due: RedactionEntity[] = [];
    try {
      const rows = rowsInPlatformPartitions<RedactionEntity>(
        this.table,
        this.prefix,
        this.prefix.replace('|', '}'),
        { also: odata`dueAt le ${now}` },
      );
      for await (const row of rows) due.push(row);
    } catch (error) {
      throw asStorageError(error);
    }
    return due
      .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))
      .slice(0, limit)
      .map((row) => ({
        key: { platform: row.partitionKey as CommentKey['platform'], commentId: row.commentId },
        attempts: row.attempts,
        ...(row.etag ? { version: row.etag } : {}),
      }));
  }

  async lease(pending: PendingRedaction, until: string): Promise<boolean> {
    if (!pending.version) return false;
    try {
      await this.table.updateEntity(
        {
          partitionKey: pending.key.platform,
          rowKey: redactionKey(pending.key.commentId, this.prefix),
          dueAt: until,
        },
        'Merge',
        { etag: pending.version },
      );
      return true;
    } catch (error) {
      // Taken, changed or done by another instance since it was listed.
      if (statusOf(error) === 412 || statusOf(error) === 404) return false;
      throw asStorageError(error);
    }
  }

  async retryLater(key: CommentKey, attempts: number, dueAt: string, code: string): Promise<void> {
    try {
      await this.table.updateEntity(
        {
          partitionKey: key.platform,
          rowKey: redactionKey(key.commentId, this.prefix),
          dueAt,
          attempts,
          lastCode: code,
        },
        'Merge',
      );
    } catch (error) {
      // Done meanwhile (another instance redacted it): nothing to reschedule.
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }

  async done(key: CommentKey): Promise<void> {
    await deleteRow(this.table, key.platform, redactionKey(key.commentId, this.prefix));
  }
}
