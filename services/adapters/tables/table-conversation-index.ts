import type { TableClient } from '@azure/data-tables';
import { isPlatform, type CommentKey } from '../../domain/platform';
import type { ConversationIndex } from '../../ports/index';
import { rowKeyPart } from './comment-entity';
import { asStorageError, statusOf } from './table-errors';

/** The conversation index as rows `a|<key>` beside the comments, in the platform's partition. */
export const ANSWER_PREFIX = 'a|';

type AnswerEntity = { partitionKey: string; rowKey: string; commentId: string };

export class TableConversationIndex implements ConversationIndex {
  constructor(private readonly table: TableClient) {}

  async remember(key: CommentKey, comment: CommentKey): Promise<void> {
    try {
      await this.table.upsertEntity<AnswerEntity>(
        {
          partitionKey: key.platform,
          rowKey: ANSWER_PREFIX + rowKeyPart(key.commentId),
          commentId: comment.commentId,
        },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async find(key: CommentKey): Promise<CommentKey | undefined> {
    try {
      const row = await this.table.getEntity<AnswerEntity>(
        key.platform,
        ANSWER_PREFIX + rowKeyPart(key.commentId),
      );
      return isPlatform(row.partitionKey)
        ? { platform: row.partitionKey, commentId: row.commentId }
        : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async forget(key: CommentKey): Promise<void> {
    try {
      await this.table.deleteEntity(key.platform, ANSWER_PREFIX + rowKeyPart(key.commentId));
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }
}
