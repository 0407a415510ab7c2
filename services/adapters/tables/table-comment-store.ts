import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { isPlatform, type CommentKey } from '../../domain/platform';
import type { CommentStore, Versioned } from '../../ports';
import { asStorageError, statusOf } from './table-errors';

/**
 * Comments live in one partition per platform. Each comment is a row `c|<id>`; while its card is not yet posted a
 * marker row `o|<id>` sits beside it, written in the same transaction, so finding unposted cards reads only markers.
 */
const COMMENT_PREFIX = 'c|';
const UNPOSTED_PREFIX = 'o|';

type CommentEntity = {
  partitionKey: string;
  rowKey: string;
  doc: string;
  state: string;
  deadline: string;
};

type MarkerEntity = {
  partitionKey: string;
  rowKey: string;
  commentId: string;
  receivedAt: string;
};

function rowKeyPart(commentId: string): string {
  return encodeURIComponent(commentId);
}

function toEntity(comment: StoredComment): CommentEntity {
  return {
    partitionKey: comment.platform,
    rowKey: COMMENT_PREFIX + rowKeyPart(comment.commentId),
    doc: JSON.stringify(comment),
    state: comment.state,
    deadline: comment.deadline,
  };
}

function fromEntity(entity: TableEntityResult<CommentEntity>): Versioned<StoredComment> {
  return { value: JSON.parse(entity.doc) as StoredComment, etag: entity.etag };
}

export class TableCommentStore implements CommentStore {
  constructor(private readonly table: TableClient) {}

  async insertNew(comment: StoredComment): Promise<boolean> {
    const marker: MarkerEntity = {
      partitionKey: comment.platform,
      rowKey: UNPOSTED_PREFIX + rowKeyPart(comment.commentId),
      commentId: comment.commentId,
      receivedAt: comment.receivedAt,
    };
    try {
      await this.table.submitTransaction([
        ['create', toEntity(comment)],
        ['create', marker],
      ]);
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw asStorageError(error);
    }
  }

  async get(key: CommentKey): Promise<Versioned<StoredComment> | undefined> {
    try {
      const entity = await this.table.getEntity<CommentEntity>(
        key.platform,
        COMMENT_PREFIX + rowKeyPart(key.commentId),
      );
      return fromEntity(entity);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async replace(comment: StoredComment, etag: string): Promise<Versioned<StoredComment>> {
    try {
      const result = await this.table.updateEntity(toEntity(comment), 'Replace', { etag });
      return { value: comment, etag: result.etag ?? '' };
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) {
        throw new AppError('concurrent_update', 'The comment changed while it was being updated');
      }
      throw asStorageError(error);
    }
  }

  async listUnposted(limit: number): Promise<CommentKey[]> {
    try {
      const markers: MarkerEntity[] = [];
      const pages = this.table
        .listEntities<MarkerEntity>({
          queryOptions: {
            filter: odata`RowKey ge ${UNPOSTED_PREFIX} and RowKey lt ${'o}'}`,
          },
        })
        .byPage({ maxPageSize: Math.min(limit, 1000) });
      for await (const page of pages) {
        for (const entity of page) {
          if (isPlatform(entity.partitionKey)) markers.push(entity as MarkerEntity);
        }
        if (markers.length >= limit) break;
      }
      return markers
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
        .slice(0, limit)
        .map((m) => ({ platform: m.partitionKey as CommentKey['platform'], commentId: m.commentId }));
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async clearUnposted(key: CommentKey): Promise<void> {
    try {
      await this.table.deleteEntity(key.platform, UNPOSTED_PREFIX + rowKeyPart(key.commentId));
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.table.getEntity('ping', 'ping');
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw asStorageError(error);
    }
  }
}
