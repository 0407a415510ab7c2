import type { HistoryEvent, StoredComment } from '../domain/comment';
import type { CommentKey } from '../domain/platform';
import type { Versioned } from './clock';

/** Every line of every comment's history, beyond the latest few the comment itself carries for its card. */
export interface CommentHistory {
  /** The whole history of a comment, oldest first. */
  listHistory(key: CommentKey): Promise<HistoryEvent[]>;
  /**
   * Each comment written at or after `since` with its history lines recorded since (oldest first), one at a time,
   * by platform and then by the comment's id as stored: what an export streams, holding one comment at a time.
   */
  eachWrittenSince(since: string): AsyncIterable<{ comment: StoredComment; history: HistoryEvent[] }>;
  /**
   * The records plan's write: `anonymised` (services/domain/retention.ts, its id already keyed) replaces `current`
   * under its keyed id, with the whole history moved there, every line's detail (texts sent, notes) emptied and
   * `event` added; every row under the platform's id goes. Conditional on `current`'s ETag: throws AppError
   * 'concurrent_update' when someone else wrote first, and a later pass takes it again (moving is idempotent).
   */
  anonymise(
    current: Versioned<StoredComment>,
    anonymised: StoredComment,
    event: HistoryEvent,
  ): Promise<Versioned<StoredComment>>;
}
