import type { TableClient, TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { AppError } from '../../domain/app-error';
import type { HistoryEvent, StoredComment } from '../../domain/comment';
import type { CommentChanges, Versioned } from '../../ports/index';
import { figureMarker, figureMarkerKey } from './figure-marker';
import {
  COMMENT_PREFIX,
  HISTORY_PREFIX,
  historyRow,
  parseVersion,
  postIndexKey,
  rowKeyPart,
  toEntity,
  versionOf,
  type HistoryEntity,
} from './comment-entity';
import { markerKey } from './outbox-marker';
import { redactionKey, type RedactionEntity } from './table-redaction-queue';
import { asStorageError, statusOf } from './table-errors';
import { deleteRow } from './table-rows';
import { etagIn } from './transaction-etag';

/** History lines moved per transaction: each is a write under the keyed id and a delete under the old one. */
const LINES_PER_BATCH = 49;

/** Moves every history line from the platform's id to the keyed id, its detail emptied; safe to run again. */
async function moveHistory(table: TableClient, platform: string, from: string, to: string): Promise<void> {
  const prefix = `${HISTORY_PREFIX}${from}|`;
  const rows = table.listEntities<HistoryEntity>({
    queryOptions: {
      filter: odata`PartitionKey eq ${platform} and RowKey gt ${prefix} and RowKey lt ${prefix + '~'}`,
    },
  });
  const batch: TransactionAction[] = [];
  let lines = 0;
  for await (const row of rows) {
    const moved: HistoryEntity = {
      partitionKey: platform,
      rowKey: `${HISTORY_PREFIX}${to}|${row.rowKey.slice(prefix.length)}`,
      at: row.at,
      by: row.by,
      action: row.action,
      detail: '',
    };
    batch.push(['upsert', moved, 'Replace'], ['delete', { partitionKey: platform, rowKey: row.rowKey }]);
    if (++lines % LINES_PER_BATCH === 0) await table.submitTransaction(batch.splice(0));
  }
  if (batch.length > 0) await table.submitTransaction(batch);
}

/**
 * The records plan's move (CommentHistory.anonymise) in the platform's partition. The history goes first; then
 * one transaction writes the anonymised comment into its keyed row with the line that says so and marks the old
 * row moved, conditional on its ETag, so a change made meanwhile is never lost (the next pass takes it again);
 * then the old row, the post's index row and any unposted marker — every row keyed by the platform's id — are
 * deleted. A moved row left behind by a crash is read as absent, and the next pass deletes it.
 */
export async function anonymiseInTable(
  table: TableClient,
  current: Versioned<StoredComment>,
  anonymised: StoredComment,
  event: HistoryEvent,
  changes?: CommentChanges,
): Promise<Versioned<StoredComment>> {
  const { platform, commentId, postId, receivedAt } = current.value;
  const { etag, historyLines, revision } = parseVersion(current.etag);
  const from = rowKeyPart(commentId);
  const to = rowKeyPart(anonymised.commentId);
  const lines = historyLines + 1;
  const entity = toEntity(anonymised, lines, revision + 1);
  try {
    await moveHistory(table, platform, from, to);
    const due = figureMarker(platform, anonymised.commentId);
    const result = await table.submitTransaction([
      ['upsert', entity, 'Replace'],
      // Its figures and its place in the queue are kept under the keyed id: the keeper takes the purged words.
      ['upsert', due, 'Replace'],
      ['upsert', historyRow(platform, to, { ...event, detail: '' }, lines), 'Replace'],
      [
        'update',
        { partitionKey: platform, rowKey: COMMENT_PREFIX + from, movedTo: anonymised.commentId },
        'Merge',
        { etag },
      ],
      // The cards that showed its words are owed a redaction: its marker is written with the purge itself.
      ...(anonymised.cardsToRedact?.length
        ? [
            [
              'upsert',
              {
                partitionKey: platform,
                rowKey: redactionKey(anonymised.commentId),
                commentId: anonymised.commentId,
                dueAt: event.at,
                attempts: 0,
              } satisfies RedactionEntity,
              'Replace',
            ] as TransactionAction,
          ]
        : []),
    ]);
    await deleteRow(table, platform, COMMENT_PREFIX + from);
    await deleteRow(table, platform, postIndexKey(postId, receivedAt, commentId));
    await deleteRow(table, platform, markerKey(commentId));
    await deleteRow(table, platform, figureMarkerKey(commentId));
    changes?.written(anonymised, revision + 1, true);
    const newEtag = etagIn(result, entity.rowKey, 0) ?? (await table.getEntity(platform, entity.rowKey)).etag;
    return { value: anonymised, etag: versionOf(newEtag, lines, revision + 1) };
  } catch (error) {
    const status = statusOf(error);
    if (status === 412 || status === 404) {
      throw new AppError('concurrent_update', 'The comment changed while the records plan removed its words');
    }
    throw asStorageError(error);
  }
}
