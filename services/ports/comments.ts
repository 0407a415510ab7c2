import type { HistoryEvent, StoredComment } from '../domain/comment';
import type { CommentKey } from '../domain/platform';
import type { Versioned } from './clock';
import type { StoredReminder } from './reminders';

/** What a change to a comment writes: the comment as it is to be, and the history line that says what happened. */
export interface CommentChange {
  readonly comment: StoredComment;
  readonly event?: HistoryEvent;
}

/** A comment after `mutate`: as written, or as found when the change left it as it was. */
export interface Mutated extends Versioned<StoredComment> {
  readonly changed: boolean;
}

/** The comments themselves: each read and written on its own, every write conditional on the row's ETag. */
export interface Comments {
  /**
   * Stores a new comment together with its "card not yet posted" marker and its `reminders`, in one transaction.
   * `cardLeaseUntil`: the marker is stored leased to the caller, who posts the card at once, until then. Undefined
   * when the id was seen before (a duplicate delivery), and then nothing is written.
   */
  insertNew(
    comment: StoredComment,
    cardLeaseUntil?: string,
    reminders?: readonly StoredReminder[],
  ): Promise<Versioned<StoredComment> | undefined>;
  get(key: CommentKey): Promise<Versioned<StoredComment> | undefined>;
  /**
   * The one way to change a comment: reads it, asks `change` what it should become (undefined: nothing to change)
   * and writes that with the history line, conditional on the ETag; when someone else wrote first it reads again
   * and asks again, so the change is always made to the truth. Undefined when the comment is not stored. An error
   * thrown by `change` is thrown from here, with nothing written.
   */
  mutate(
    key: CommentKey,
    change: (current: StoredComment) => CommentChange | undefined,
  ): Promise<Mutated | undefined>;
  /**
   * Conditional on the ETag; throws AppError 'concurrent_update' when someone else wrote first. The history line,
   * when given, is appended in the same transaction. For a writer that holds a lease (the card outbox).
   */
  replace(comment: StoredComment, etag: string, event?: HistoryEvent): Promise<Versioned<StoredComment>>;
  /**
   * Records where the card was posted and removes the "not yet posted" marker, in one transaction, conditional on
   * the ETag; throws AppError 'concurrent_update' when someone else wrote first.
   */
  recordCardPosted(comment: StoredComment, etag: string): Promise<Versioned<StoredComment>>;
}
