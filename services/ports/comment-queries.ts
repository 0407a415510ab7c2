import type { StoredComment } from '../domain/comment';
import type { Versioned } from './clock';

/** The reads across comments: the overview, the tab, retention and the storm check. */
export interface CommentQueries {
  /** Comments still waiting for someone (not closed), for the daily overview. */
  listOpen(): Promise<StoredComment[]>;
  /** Comments written at or after `since` (ISO, UTC), for the overview tab and its statistics. */
  listWrittenSince(since: string): Promise<StoredComment[]>;
  /** Handled comments written before `cutoff` whose text is still kept (the records plan's purge), at most `limit`. */
  listDueForRetention(cutoff: string, limit: number): Promise<Versioned<StoredComment>[]>;
  /**
   * How many comments on the post arrived in the window that ends with this comment (this one included): from the
   * post's index rows, written with each comment.
   */
  countOnPostBefore(comment: StoredComment, windowStart: string): Promise<number>;
}
