import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import type { StoredComment } from '../../domain/comment';
import { PLATFORMS } from '../../domain/platform';
import { COMMENT_PREFIX, fromEntity, isCommentRow, parseVersion, type CommentEntity } from './comment-entity';
import { asStorageError } from './table-errors';

/**
 * Every comment stored, with its revision, a page at a time: what building the overview's figures reads, without
 * holding them all. Each platform's partition by its comments' row keys, an index range.
 */
export async function* everyCommentIn(
  table: TableClient,
): AsyncGenerator<{ comment: StoredComment; revision: number }> {
  try {
    for (const platform of PLATFORMS) {
      const rows = table.listEntities<CommentEntity>({
        queryOptions: {
          filter: odata`PartitionKey eq ${platform} and RowKey ge ${COMMENT_PREFIX} and RowKey lt ${'c}'}`,
        },
      });
      for await (const row of rows) {
        if (!isCommentRow(row)) continue;
        const { value, etag } = fromEntity(row);
        yield { comment: value, revision: parseVersion(etag).revision };
      }
    }
  } catch (error) {
    throw asStorageError(error);
  }
}
