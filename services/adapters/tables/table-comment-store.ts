import type { TableClient, TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { AppError } from '../../domain/app-error';
import { CLOSED_STATES } from '../../domain/workflow';
import { type HistoryAction, type HistoryEvent, type StoredComment } from '../../domain/comment';
import type { KeyedIds } from '../../domain/keyed-id';
import { type CommentKey } from '../../domain/platform';
import type { RetentionCutoffs } from '../../domain/retention';
import type {
  CommentChange,
  CommentChanges,
  CommentStore,
  Mutated,
  StoredReminder,
  Versioned,
} from '../../ports/index';
import { mutateOnEtag } from '../mutate-on-etag';
import { anonymiseInTable } from './anonymise-in-table';
import {
  COMMENT_PREFIX,
  writtenSinceFilter,
  fromEntity,
  HISTORY_PREFIX,
  historyRow,
  isCommentRow,
  keyedRow,
  parseVersion,
  postIndexKey,
  rowKeyPart,
  toEntity,
  versionOf,
  type CommentEntity,
  type HistoryEntity,
} from './comment-entity';
import { markerKey, newMarker } from './outbox-marker';
import { reminderRow } from './reminder-row';
import { asStorageError, statusOf } from './table-errors';
import { etagIn } from './transaction-etag';
import { GroupCommit } from './group-commit';
import { figureMarker } from './figure-marker';
import { everyCommentIn } from './every-comment';
import { writtenWithHistorySince } from './written-with-history';
import { dueForRetentionIn } from './due-for-retention';

export class TableCommentStore implements CommentStore {
  /** New comments that arrive together are stored in shared transactions, per platform; so are posted cards. */
  private readonly arrivals: GroupCommit;
  private readonly postings: GroupCommit;

  /** `keyedIds`: what the records plan turns a platform's id into (services/domain/keyed-id.ts). */
  constructor(
    private readonly table: TableClient,
    private readonly keyedIds: KeyedIds,
    /** Told of every comment written, for the overview's figures (services/app/overview/figure-keeper.ts). */
    private readonly changes?: CommentChanges,
  ) {
    this.arrivals = new GroupCommit(table);
    this.postings = new GroupCommit(table);
  }

  async insertNew(
    comment: StoredComment,
    cardLeaseUntil?: string,
    reminders: readonly StoredReminder[] = [],
  ): Promise<Versioned<StoredComment> | undefined> {
    const marker = newMarker(comment.platform, comment.commentId, comment.receivedAt, cardLeaseUntil);
    try {
      const entity = toEntity(comment);
      const { result, offset } = await this.arrivals.submit(comment.platform, [
        ['create', entity],
        ['create', marker],
        [
          'create',
          {
            partitionKey: comment.platform,
            rowKey: postIndexKey(comment.postId, comment.receivedAt, comment.commentId),
          },
        ],
        // Taken at once: a comment the records plan has purged is a duplicate if its platform sends it again.
        ['create', keyedRow(comment.platform, this.keyedIds(comment))],
        // Its reminders beside it (services/adapters/tables/reminder-row.ts), in its partition.
        ...reminders.map((r): TransactionAction => [
          'create',
          reminderRow({ ...r, platform: comment.platform }),
        ]),
      ]);
      const etag = etagIn(result, entity.rowKey, offset);
      // Its figures are due while its outbox marker stands: the keeper's sweep reads those too.
      this.changes?.written(comment, 0);
      return etag ? { value: comment, etag: versionOf(etag, 0) } : await this.get(comment);
    } catch (error) {
      if (statusOf(error) === 409) return undefined;
      throw asStorageError(error);
    }
  }

  async recordCardPosted(comment: StoredComment, version: string): Promise<Versioned<StoredComment>> {
    const { etag, historyLines, revision } = parseVersion(version);
    const entity = toEntity(comment, historyLines, revision + 1);
    try {
      const due = figureMarker(comment.platform, comment.commentId);
      const { result, offset } = await this.postings.submit(comment.platform, [
        ['update', entity, 'Replace', { etag }],
        ['delete', { partitionKey: comment.platform, rowKey: markerKey(comment.commentId) }],
        // The outbox marker goes: the figures' own takes over until the keeper has counted the comment.
        ['upsert', due, 'Replace'],
      ]);
      this.changes?.written(comment, revision + 1, true);
      const newEtag = etagIn(result, entity.rowKey, offset);
      if (newEtag) return { value: comment, etag: versionOf(newEtag, historyLines, revision + 1) };
      return { value: comment, etag: (await this.get(comment))?.etag ?? '' };
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) {
        throw new AppError('concurrent_update', 'The comment changed while its card was being recorded');
      }
      throw asStorageError(error);
    }
  }

  async get(key: CommentKey): Promise<Versioned<StoredComment> | undefined> {
    try {
      const entity = await this.table.getEntity<CommentEntity>(
        key.platform,
        COMMENT_PREFIX + rowKeyPart(key.commentId),
      );
      return isCommentRow(entity) ? fromEntity(entity) : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  mutate(
    key: CommentKey,
    change: (current: StoredComment) => CommentChange | undefined,
  ): Promise<Mutated | undefined> {
    return mutateOnEtag(this, key, change);
  }

  async replace(
    comment: StoredComment,
    version: string,
    event?: HistoryEvent,
  ): Promise<Versioned<StoredComment>> {
    const { etag, historyLines, revision } = parseVersion(version);
    // Every change says the comment's figures are due, in its own transaction.
    const due = figureMarker(comment.platform, comment.commentId);
    try {
      // The line's number orders lines written in the same millisecond; the ETag makes it unique.
      const lines = event ? historyLines + 1 : historyLines;
      const entity = toEntity(comment, lines, revision + 1);
      const result = await this.table.submitTransaction([
        ['update', entity, 'Replace', { etag }],
        ['upsert', due, 'Replace'],
        ...(event
          ? [
              [
                'create',
                historyRow(comment.platform, rowKeyPart(comment.commentId), event, lines),
              ] as TransactionAction,
            ]
          : []),
      ]);
      this.changes?.written(comment, revision + 1, true);
      const newEtag = etagIn(result, entity.rowKey, 0);
      if (newEtag) return { value: comment, etag: versionOf(newEtag, lines, revision + 1) };
      const written = await this.get(comment);
      return { value: comment, etag: written?.etag ?? '' };
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) {
        throw new AppError('concurrent_update', 'The comment changed while it was being updated');
      }
      throw asStorageError(error);
    }
  }

  async listHistory(key: CommentKey): Promise<HistoryEvent[]> {
    const prefix = `${HISTORY_PREFIX}${rowKeyPart(key.commentId)}|`;
    try {
      const events: HistoryEvent[] = [];
      const rows = this.table.listEntities<HistoryEntity>({
        queryOptions: {
          filter: odata`PartitionKey eq ${key.platform} and RowKey gt ${prefix} and RowKey lt ${prefix + '~'}`,
        },
      });
      for await (const row of rows) {
        events.push({
          at: row.at,
          by: row.by,
          action: row.action as HistoryAction,
          ...(row.detail ? { detail: row.detail } : {}),
        });
      }
      return events;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async listOpen(): Promise<StoredComment[]> {
    try {
      const open: StoredComment[] = [];
      const closed = CLOSED_STATES.map((state) => `state ne '${state}'`).join(' and ');
      const rows = this.table.listEntities<CommentEntity>({
        queryOptions: { filter: `RowKey ge '${COMMENT_PREFIX}' and RowKey lt 'c}' and ${closed}` },
      });
      for await (const row of rows) if (isCommentRow(row)) open.push(fromEntity(row).value);
      return open;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async listWrittenSince(since: string): Promise<StoredComment[]> {
    try {
      const found: StoredComment[] = [];
      // A deadline is never before the comment was written, so this reads no row older than asked for.
      const rows = this.table.listEntities<CommentEntity>({
        queryOptions: {
          filter: writtenSinceFilter(since),
        },
      });
      for await (const row of rows) {
        if (!isCommentRow(row)) continue;
        const comment = fromEntity(row).value;
        if (comment.writtenAt >= since) found.push(comment);
      }
      return found;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  eachWrittenSince(since: string): AsyncIterable<{ comment: StoredComment; history: HistoryEvent[] }> {
    return writtenWithHistorySince(this.table, since);
  }

  listDueForRetention(cutoffs: RetentionCutoffs, limit: number): Promise<Versioned<StoredComment>[]> {
    return dueForRetentionIn(this.table, cutoffs, limit);
  }

  anonymise(
    current: Versioned<StoredComment>,
    anonymised: StoredComment,
    event: HistoryEvent,
  ): Promise<Versioned<StoredComment>> {
    return anonymiseInTable(this.table, current, anonymised, event, this.changes);
  }

  async countOnPostBefore(comment: StoredComment, windowStart: string): Promise<number> {
    try {
      const from = postIndexKey(comment.postId, windowStart);
      const to = postIndexKey(comment.postId, comment.receivedAt, comment.commentId);
      const rows = this.table.listEntities({
        queryOptions: {
          filter: odata`PartitionKey eq ${comment.platform} and RowKey ge ${from} and RowKey le ${to}`,
          select: ['RowKey'],
        },
      });
      let count = 0;
      for await (const _row of rows) count++;
      return count;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  /** Every comment stored, a page at a time (building the overview's figures). */
  eachComment(): AsyncGenerator<{ comment: StoredComment; revision: number }> {
    return everyCommentIn(this.table);
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
