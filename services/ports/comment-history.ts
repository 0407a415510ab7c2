import type { HistoryEvent } from '../domain/comment';
import type { CommentKey } from '../domain/platform';

/** Every line of every comment's history, beyond the latest few the comment itself carries for its card. */
export interface CommentHistory {
  /** The whole history of a comment, oldest first. */
  listHistory(key: CommentKey): Promise<HistoryEvent[]>;
  /** History lines recorded at or after `since`, per comment (`commentKeyText`), oldest first, for the export. */
  listHistorySince(since: string): Promise<Map<string, HistoryEvent[]>>;
  /** Empties the detail (texts sent, notes) of every history line of the comment; who, what and when stay. */
  clearHistoryDetails(key: CommentKey): Promise<void>;
}
