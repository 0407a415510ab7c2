import type { TableClient } from '@azure/data-tables';
import type { HistoryEvent } from '../../domain/comment';
import { commentKeyText, isPlatform } from '../../domain/platform';
import { historyEventOf, historySinceFilter, type HistoryEntity } from './comment-entity';
import { asStorageError } from './table-errors';

/** Every comment's history lines written at or after `since`, by comment, each comment's in order (the CSV export). */
export async function historySinceIn(
  table: TableClient,
  since: string,
): Promise<Map<string, HistoryEvent[]>> {
  try {
    const byComment = new Map<string, HistoryEvent[]>();
    const rows = table.listEntities<HistoryEntity>({
      queryOptions: { filter: historySinceFilter(since) },
    });
    for await (const row of rows) {
      if (!isPlatform(row.partitionKey)) continue;
      const commentId = decodeURIComponent(row.rowKey.split('|')[1] ?? '');
      const key = commentKeyText({ platform: row.partitionKey, commentId });
      const events = byComment.get(key) ?? [];
      events.push(historyEventOf(row));
      byComment.set(key, events);
    }
    for (const events of byComment.values()) events.sort((a, b) => a.at.localeCompare(b.at));
    return byComment;
  } catch (error) {
    throw asStorageError(error);
  }
}
