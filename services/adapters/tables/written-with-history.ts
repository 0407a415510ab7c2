import type { TableClient } from '@azure/data-tables';
import type { HistoryEvent, StoredComment } from '../../domain/comment';
import {
  COMMENT_PREFIX,
  fromEntity,
  HISTORY_PREFIX,
  historyEventOf,
  historySinceFilter,
  isCommentRow,
  writtenSinceFilter,
  type CommentEntity,
  type HistoryEntity,
} from './comment-entity';
import { asStorageError } from './table-errors';

/** A row's place in storage order: partition, then row key, compared as Table Storage does (ASCII keys). */
type Place = readonly [partition: string, key: string];
const before = (a: Place, b: Place) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
/** Above any history row key of the comment with this key part. */
const END = '\uffff';

/**
 * Every comment written at or after `since`, each with its history lines recorded since, read as two streams over
 * the table and joined as they go: what is held at once is a comment and the history lines read ahead of it, not
 * the period. In storage order: by platform, then by the comment's row key.
 *
 * The comments come in the order of their ids and the history in the order of `<id>|<time>`, which differ where one
 * id begins another (`12_34|…` sorts after `12_345|…`, `12_34` before `12_345`): history read ahead for an id still
 * to come waits, and what belongs to an id already passed (a comment not listed) is let go.
 */
export async function* writtenWithHistorySince(
  table: TableClient,
  since: string,
): AsyncGenerator<{ comment: StoredComment; history: HistoryEvent[] }> {
  try {
    const comments = table.listEntities<CommentEntity>({
      queryOptions: {
        filter: writtenSinceFilter(since),
      },
    });
    const lines = table.listEntities<HistoryEntity>({
      queryOptions: { filter: historySinceFilter(since) },
    });
    const history = lines[Symbol.asyncIterator]();
    yield* joined(comments, history, since);
  } catch (error) {
    throw asStorageError(error);
  }
}

async function* joined(
  comments: AsyncIterable<CommentEntity & { partitionKey: string; rowKey: string; etag: string }>,
  history: AsyncIterator<HistoryEntity & { partitionKey: string; rowKey: string }>,
  since: string,
): AsyncGenerator<{ comment: StoredComment; history: HistoryEvent[] }> {
  let next = await history.next();
  /** History read ahead, by partition and id, each id's lines in the order stored (by time). */
  const ahead = new Map<string, { place: Place; events: HistoryEvent[] }>();
  for await (const row of comments) {
    if (!isCommentRow(row)) continue;
    const id = row.rowKey.slice(COMMENT_PREFIX.length);
    const place: Place = [row.partitionKey, id];
    while (
      !next.done &&
      !before([place[0], `${id}|${END}`], [next.value.partitionKey, next.value.rowKey.slice(2)])
    ) {
      const line = next.value;
      const lineId = line.rowKey.slice(HISTORY_PREFIX.length).split('|')[0] ?? '';
      const slot = `${line.partitionKey}|${lineId}`;
      const kept = ahead.get(slot) ?? { place: [line.partitionKey, lineId] as Place, events: [] };
      kept.events.push(historyEventOf(line));
      ahead.set(slot, kept);
      next = await history.next();
    }
    const mine = ahead.get(`${row.partitionKey}|${id}`)?.events ?? [];
    for (const [slot, kept] of ahead) if (!before(place, kept.place)) ahead.delete(slot);
    const comment = fromEntity(row).value;
    if (comment.writtenAt >= since) yield { comment, history: mine.sort((a, b) => a.at.localeCompare(b.at)) };
  }
}
