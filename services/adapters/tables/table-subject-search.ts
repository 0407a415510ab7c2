import { odata, type TableClient } from '@azure/data-tables';
import type { StoredComment } from '../../domain/comment';
import type { SubjectSearch } from '../../ports/index';
import { COMMENT_PREFIX, fromEntity, isCommentRow, type CommentEntity } from './comment-entity';
import { asStorageError } from './table-errors';

/** Reads every comment row of the Comments table, every partition, in key order. */
export class TableSubjectSearch implements SubjectSearch {
  constructor(private readonly table: TableClient) {}

  async listMatching(match: (comment: StoredComment) => boolean): Promise<StoredComment[]> {
    const found: StoredComment[] = [];
    try {
      const rows = this.table.listEntities<CommentEntity>({
        queryOptions: { filter: odata`RowKey ge ${COMMENT_PREFIX} and RowKey lt ${'c}'}` },
      });
      for await (const row of rows) {
        if (!isCommentRow(row)) continue;
        const comment = fromEntity(row).value;
        if (match(comment)) found.push(comment);
      }
    } catch (error) {
      throw asStorageError(error);
    }
    return found;
  }
}
