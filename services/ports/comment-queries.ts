import type { StoredComment } from '../domain/comment';
import type { RetentionCutoffs } from '../domain/retention';
import type { Versioned } from './clock';

/** The reads across comments: the overview, the tab, retention and the storm check. */
export interface CommentQueries {
  /** Comments still waiting for someone (not closed), for the daily overview. */
  listOpen(): Promise<StoredComment[]>;
  /** Comments written at or after `since` (ISO, UTC), for the overview tab and its statistics. */
  listWrittenSince(since: string): Promise<StoredComment[]>;
  /**
   * Comments whose words the records plan says to remove and which still keep them: handled ones written before
   * `cutoffs.handled`, and any written before `cutoffs.unclosed`; at most `limit`.
   */
  listDueForRetention(cutoffs: RetentionCutoffs, limit: number): Promise<Versioned<StoredComment>[]>;
  /**
   * How many comments on the post arrived in the window that ends with this comment (this one included): from the
   * post's index rows, written with each comment.
   */
  countOnPostBefore(comment: StoredComment, windowStart: string): Promise<number>;
}
