import type { StoredComment } from '../domain/comment';

/** A read through every stored comment, for a register extract: seldom, and allowed to take its time. */
export interface SubjectSearch {
  /** Every stored comment `match` accepts, in key order (a purged one keeps nothing a match could find). */
  listMatching(match: (comment: StoredComment) => boolean): Promise<StoredComment[]>;
}
