import type { TableClient } from '@azure/data-tables';
import { isPlatform, type CommentKey } from '../../domain/platform';
import type { AnswerIndex } from '../../ports';
import { rowKeyPart } from './comment-entity';
import { asStorageError, statusOf } from './table-errors';

/** The city's answers as rows `a|<answer id>` beside the comments they answer, in the platform's partition. */
export const ANSWER_PREFIX = 'a|';

type AnswerEntity = { partitionKey: string; rowKey: string; commentId: string };

export class TableAnswerIndex implements AnswerIndex {
  constructor(private readonly table: TableClient) {}

  async remember(answer: CommentKey, comment: CommentKey): Promise<void> {
    try {
      await this.table.upsertEntity<AnswerEntity>(
        {
          partitionKey: answer.platform,
          rowKey: ANSWER_PREFIX + rowKeyPart(answer.commentId),
          commentId: comment.commentId,
        },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async find(answer: CommentKey): Promise<CommentKey | undefined> {
    try {
      const row = await this.table.getEntity<AnswerEntity>(
        answer.platform,
        ANSWER_PREFIX + rowKeyPart(answer.commentId),
      );
      return isPlatform(row.partitionKey)
        ? { platform: row.partitionKey, commentId: row.commentId }
        : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async forget(answer: CommentKey): Promise<void> {
    try {
      await this.table.deleteEntity(answer.platform, ANSWER_PREFIX + rowKeyPart(answer.commentId));
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }
}
