import { odata, type TableEntityResult } from '@azure/data-tables';
import type { HistoryAction, HistoryEvent, StoredComment } from '../../domain/comment';
import { isKeyedId } from '../../domain/keyed-id';
import type { Versioned } from '../../ports/index';
import { fromChunks, toChunks } from './chunked-json';

/**
 * Comments live in one partition per platform. Each comment is a row `c|<id>`; while its card is not yet posted a
 * marker row `o|<id>` sits beside it, written in the same transaction, so finding unposted cards reads only markers.
 */
export const COMMENT_PREFIX = 'c|';
/** History lines: `h|<id>|<time>|<n>`, append-only, written in the same transaction as the change they record. */
export const HISTORY_PREFIX = 'h|';
/** The post's index: `q|<post id>|<received at>|<comment id>`, written with the comment; counts a post's comments. */
export const POST_INDEX_PREFIX = 'q|';

export function postIndexKey(postId: string, receivedAt: string, commentId = ''): string {
  return `${POST_INDEX_PREFIX}${rowKeyPart(postId)}|${receivedAt}|${commentId ? rowKeyPart(commentId) : ''}`;
}

export type HistoryEntity = {
  partitionKey: string;
  rowKey: string;
  at: string;
  by: string;
  action: string;
  detail: string;
};

/** A history row as the line it holds. */
export function historyEventOf(row: HistoryEntity): HistoryEvent {
  return {
    at: row.at,
    by: row.by,
    action: row.action as HistoryAction,
    ...(row.detail ? { detail: row.detail } : {}),
  };
}

/** Every comment row that may have been written at or after `since`: a deadline is never before its writing. */
export const writtenSinceFilter = (since: string) =>
  odata`RowKey ge ${COMMENT_PREFIX} and RowKey lt ${'c}'} and deadline ge ${since}`;

/** Every history line recorded at or after `since`. */
export const historySinceFilter = (since: string) =>
  odata`RowKey gt ${HISTORY_PREFIX} and RowKey lt ${'h}'} and at ge ${since}`;

/** The history line numbered `line` of the comment whose row key part is `idPart`. */
export function historyRow(
  platform: string,
  idPart: string,
  event: { at: string; by: string; action: string; detail?: string },
  line: number,
): HistoryEntity {
  return {
    partitionKey: platform,
    rowKey: `${HISTORY_PREFIX}${idPart}|${event.at}|${String(line).padStart(6, '0')}`,
    at: event.at,
    by: event.by,
    action: event.action,
    detail: event.detail ?? '',
  };
}

/** The comment as JSON in `doc` (and `doc1`, `doc2`, … where it is long), plus the columns queries filter on. */
export type CommentEntity = {
  partitionKey: string;
  rowKey: string;
  doc: string;
  state: string;
  deadline: string;
  /** How many history lines the comment has: numbers the next one, so lines written in one millisecond keep order. */
  historyLines?: number;
  /** How many times the row was written after its insert (services/adapters/tables/comment-entity.ts parseVersion). */
  revision?: number;
  /** Set on a row the records plan has moved to its keyed id and not yet deleted: read as absent. */
  movedTo?: string;
  [chunk: `doc${number}`]: string;
};

/** A platform's id, encoded for a row key; a keyed id (`$…`) is safe as it is. */
export function rowKeyPart(commentId: string): string {
  return isKeyedId(commentId) ? commentId : encodeURIComponent(commentId);
}

/**
 * The keyed id's row, `c|$…`: written empty with every new comment, so a purged comment its platform sends again
 * is a duplicate, not a new comment; the records plan then writes the anonymised comment into it.
 */
export function keyedRow(platform: string, keyedId: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: platform, rowKey: COMMENT_PREFIX + keyedId };
}

export function toEntity(comment: StoredComment, historyLines = 0, revision = 0): CommentEntity {
  return {
    partitionKey: comment.platform,
    rowKey: COMMENT_PREFIX + rowKeyPart(comment.commentId),
    ...(toChunks(comment) as { doc: string }),
    state: comment.state,
    deadline: comment.deadline,
    historyLines,
    revision,
  };
}

/**
 * The version a caller hands back for a conditional write is opaque to it: the row's ETag and its history count,
 * so the store numbers the next history line without reading the row again and the domain never sees the count.
 */
export function versionOf(etag: string, historyLines: number, revision = 0): string {
  return `${historyLines}.${revision}/${etag}`;
}

/**
 * The parts of a version: the ETag, the history count, and the revision — how many times the row was written,
 * which orders two copies of a comment where ETags cannot (the overview's figures keep the latest).
 */
export function parseVersion(version: string): { etag: string; historyLines: number; revision: number } {
  const slash = version.indexOf('/');
  const [lines, revision = 0] = version.slice(0, Math.max(0, slash)).split('.').map(Number);
  if (slash < 0 || !Number.isInteger(lines) || !Number.isInteger(revision))
    return { etag: version, historyLines: 0, revision: 0 };
  return { etag: version.slice(slash + 1), historyLines: lines ?? 0, revision };
}

/** A comment's row, not its keyed id's empty row nor a row the records plan has moved. */
export function isCommentRow(entity: Readonly<Record<string, unknown>>): boolean {
  return typeof entity.doc === 'string' && !entity.movedTo;
}

export function fromEntity(entity: TableEntityResult<CommentEntity>): Versioned<StoredComment> {
  const {
    historyCount,
    cardLeaseUntil: _lease,
    ...comment
  } = fromChunks<StoredComment & { historyCount?: number; cardLeaseUntil?: string }>(entity);
  // Rows written before the count had its own column keep it in the document; their lease, now the outbox
  // marker's, is dropped.
  return {
    value: comment,
    etag: versionOf(entity.etag, entity.historyLines ?? historyCount ?? 0, entity.revision ?? 0),
  };
}
