import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { StoredComment } from '../../domain/comment';
import { COMMENT_PREFIX, fromEntity, isCommentRow, type CommentEntity } from './comment-entity';
import { asStorageError } from './table-errors';

/** Every comment stored, a page at a time: what building the overview's figures reads, without holding them all. */
export async function* everyCommentIn(table: TableClient): AsyncGenerator<StoredComment> {
  const rows = table.listEntities<CommentEntity>({
    queryOptions: { filter: odata`RowKey ge ${COMMENT_PREFIX} and RowKey lt ${'c}'}` },
  });
  try {
    for await (const row of rows) if (isCommentRow(row)) yield fromEntity(row).value;
  } catch (error) {
    throw asStorageError(error);
  }
}
