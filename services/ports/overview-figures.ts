import type { StoredComment } from '../domain/comment';
import type { CommentCount } from '../domain/figures/comment-count';
import type { DayFigures } from '../domain/figures/day-totals';
import type { CommentKey, Platform } from '../domain/platform';

/**
 * What the overview tab reads instead of the comments (services/app/overview/figure-keeper.ts keeps it): the
 * figures of each day and platform, and the comments its queue may list. Comments are named by their keyed id
 * (services/domain/keyed-id.ts), which the records plan's purge does not change.
 */
export interface OverviewFigures {
  /** The figures of the days from `firstDay` on (a Swedish date, `yyyy-MM-dd`), every platform's. */
  readDays(firstDay: string): Promise<DayFigures[]>;
  /**
   * Sets the counts of some comments of one day on one platform, and the day's totals with them. A count older
   * than the one kept (a lower revision `v`) is passed over: copies of a comment may arrive out of order.
   */
  setCounts(day: string, platform: Platform, counts: ReadonlyMap<string, CommentCount>): Promise<void>;
  /** The comments the queue may list, as copied there (their words cut to the first ones), with their revision. */
  readQueue(): Promise<QueuedCopy[]>;
  /**
   * Copies comments into the queue by keyed id, or takes them out of it (no copy): each only where its revision is
   * not older than the one kept. What is taken out is remembered as gone (`at`) for a week, so an older copy
   * arriving late does not bring it back.
   */
  setQueue(
    entries: ReadonlyMap<string, QueuedCopy | { readonly revision: number }>,
    at: string,
  ): Promise<void>;
  /** Forgets what went out of the queue before `before`. */
  forgetGone(before: string): Promise<void>;
  /** When the figures were last built from every comment, or undefined: never, or lost since. */
  builtAt(): Promise<string | undefined>;
  markBuilt(at: string): Promise<void>;
}

/** A comment as the queue keeps it, and the revision of the comment it was copied from. */
export interface QueuedCopy {
  readonly copy: StoredComment;
  readonly revision: number;
}

/** A comment whose figures may not be counted yet: its marker row says so until they are. */
export interface UncountedComment {
  readonly key: CommentKey;
}

/** The rows, beside each comment, that say its figures are due: written with every change, dropped once counted. */
export interface FigureMarkers {
  list(): Promise<UncountedComment[]>;
  /** Drops the markers of what was counted (a later change's may go with them: its writer counts it). */
  drop(counted: readonly CommentKey[]): Promise<void>;
}

/**
 * What the comment store tells as it writes: every comment written, its revision (how many times its row was
 * written: of two copies, the higher is the later), and whether it wrote the marker that says its figures are due.
 */
export interface CommentChanges {
  written(comment: StoredComment, revision: number, marked?: boolean): void;
}
