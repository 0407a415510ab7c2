import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { AuditEntry, AuditLog } from '../../ports/index';
import { asStorageError } from './table-errors';

const PARTITION = 'audit';
/** Row keys count down from here, so a range read from the start is newest first. */
const LAST_MILLIS = 9_999_999_999_999;

type AuditEntity = {
  partitionKey: string;
  rowKey: string;
  at: string;
  byId: string;
  byName: string;
  action: AuditEntry['action'];
  subjectId: string;
  subjectName: string;
  channelId?: string;
  detail?: string;
};

/** The audit history in its own table: one row per change, never updated or deleted by Svarsvakten. */
export class TableAuditLog implements AuditLog {
  constructor(private readonly table: TableClient) {}

  async record(entry: AuditEntry): Promise<void> {
    const countdown = String(LAST_MILLIS - Date.parse(entry.at)).padStart(13, '0');
    try {
      await this.table.createEntity<AuditEntity>({
        partitionKey: PARTITION,
        rowKey: `${countdown}|${randomBytes(4).toString('hex')}`,
        at: entry.at,
        byId: entry.by.id,
        byName: entry.by.name,
        action: entry.action,
        subjectId: entry.subject.id,
        subjectName: entry.subject.name,
        ...(entry.channelId ? { channelId: entry.channelId } : {}),
        ...(entry.detail ? { detail: entry.detail } : {}),
      });
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async listLatest(limit: number): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    try {
      const pages = this.table
        .listEntities<AuditEntity>({ queryOptions: { filter: `PartitionKey eq '${PARTITION}'` } })
        .byPage({ maxPageSize: Math.min(limit, 1000) });
      for await (const page of pages) {
        for (const row of page) {
          entries.push({
            at: row.at,
            by: { id: row.byId, name: row.byName },
            action: row.action,
            subject: { id: row.subjectId, name: row.subjectName },
            ...(row.channelId ? { channelId: row.channelId } : {}),
            ...(row.detail ? { detail: row.detail } : {}),
          });
          if (entries.length >= limit) return entries;
        }
      }
    } catch (error) {
      throw asStorageError(error);
    }
    return entries;
  }
}
