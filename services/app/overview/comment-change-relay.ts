import type { StoredComment } from '../../domain/comment';
import type { CommentChanges } from '../../ports/index';

/**
 * Passes what the comment store writes on to whoever keeps figures from it, once that is made (the keeper reads the
 * store, and the store tells the keeper). What is written before is left to the markers the store writes.
 */
export class CommentChangeRelay implements CommentChanges {
  private to: CommentChanges | undefined;

  forwardTo(to: CommentChanges): void {
    this.to = to;
  }

  written(comment: StoredComment, revision: number, marked?: boolean): void {
    this.to?.written(comment, revision, marked);
  }
}
