import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { StoredComment } from '../../domain/comment';
import { isDueForRetention, type RetentionCutoffs } from '../../domain/retention';
import { CLOSED_STATES } from '../../domain/workflow';
import type { Versioned } from '../../ports/index';
import { COMMENT_PREFIX, fromEntity, isCommentRow, type CommentEntity } from './comment-entity';
import { asStorageError } from './table-errors';
import { deleteRow } from './table-rows';

/**
 * Comments whose words the records plan says to remove (CommentQueries.listDueForRetention), at most `limit`; a
 * row the plan moved and a crash left behind is deleted on the way.
 */
export async function dueForRetentionIn(
  table: TableClient,
  cutoffs: RetentionCutoffs,
  limit: number,
): Promise<Versioned<StoredComment>[]> {
  try {
    const found: Versioned<StoredComment>[] = [];
    // A deadline falls at most days after the comment was written: a month's margin reads every candidate.
    const margin = (cutoff: string) => new Date(Date.parse(cutoff) + 31 * 86_400_000).toISOString();
    const closed = CLOSED_STATES.map((state) => `state eq '${state}'`).join(' or ');
    const range = odata`RowKey ge ${COMMENT_PREFIX} and RowKey lt ${'c}'} and deadline lt ${margin(cutoffs.handled)}`;
    const unclosed = odata`deadline lt ${margin(cutoffs.unclosed)}`;
    const rows = table.listEntities<CommentEntity>({
      queryOptions: { filter: `${range} and (${closed} or ${unclosed})` },
    });
    for await (const row of rows) {
      // A row the records plan moved and a crash left behind: its words go now.
      if (row.movedTo) await deleteRow(table, row.partitionKey, row.rowKey);
      if (!isCommentRow(row)) continue;
      const versioned = fromEntity(row);
      if (isDueForRetention(versioned.value, cutoffs)) found.push(versioned);
      if (found.length >= limit) break;
    }
    return found;
  } catch (error) {
    throw asStorageError(error);
  }
}
