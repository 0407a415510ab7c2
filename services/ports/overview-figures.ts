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
   * Sets the counts of some comments of one day on one platform (undefined: not counted any more) and the day's
   * totals with them; `replace` drops every count not given (a rebuild).
   */
  setCounts(
    day: string,
    platform: Platform,
    counts: ReadonlyMap<string, CommentCount | undefined>,
    replace?: boolean,
  ): Promise<void>;
  /** The comments the queue may list, as copied there (their words cut to the first ones). */
  readQueue(): Promise<StoredComment[]>;
  /** Copies comments into the queue (undefined: out of it), by keyed id. */
  setQueue(entries: ReadonlyMap<string, StoredComment | undefined>): Promise<void>;
  /** When the figures were last built from every comment, or undefined: never, or lost since. */
  builtAt(): Promise<string | undefined>;
  markBuilt(at: string): Promise<void>;
}

/** A comment whose figures may not be counted yet: its row says so until they are (ETag: to drop only that). */
export interface UncountedComment {
  readonly key: CommentKey;
  /** The ETag of its marker, where one can be dropped once counted (a new comment's card marker cannot). */
  readonly marker?: string;
}

/** The rows, beside each comment, that say its figures are due: written with every change, dropped once counted. */
export interface FigureMarkers {
  list(): Promise<UncountedComment[]>;
  /** Drops each marker that is still the one read (a change since wrote a new one, which stays). */
  drop(counted: readonly { readonly key: CommentKey; readonly marker: string }[]): Promise<void>;
}

/** What the comment store tells as it writes: every comment written, and the ETag of its figures' marker. */
export interface CommentChanges {
  written(comment: StoredComment, marker?: string): void;
}
