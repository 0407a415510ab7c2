import type { ReaderLanguage } from '../../domain/reader-language';
import type { CardStrings } from '../../../cards/locale/card-strings';
import type { StoredComment } from '../../domain/comment';
import type { TeamsChannelRoute, Versioned } from '../../ports';

/*
 * The seams between the posting use cases and those that use them: what one use case offers another, so each is
 * tested with the other faked. Not ports: everything that implements them is in services/app.
 */

/** Draws the cards Teams shows, each within Teams' size limit. */
export interface CardDrawing {
  /** A comment's card with as much of each long text as fits, in `strings`' language (Swedish where not given). */
  render(comment: StoredComment, extras?: { readonly strings?: CardStrings }): object;
  /** A comment's card at its smallest: what goes after Teams refused one as too big (413). */
  renderSmallest(comment: StoredComment, extras?: { readonly strings?: CardStrings }): object;
  /** The card a comment storm's thread starts with: the post and how many comments it drew since `since`. */
  renderStorm(
    comment: StoredComment,
    since: string,
    count: number,
    closed?: { readonly count: number; readonly reason: string },
    language?: ReaderLanguage,
  ): object;
}

/** Brings a comment's posted card up to date for everyone; a failure is logged, never thrown. */
export interface CardRefresh {
  refresh(comment: StoredComment): Promise<boolean>;
}

/**
 * Posts a stored comment's card soon, without holding up the caller (the webhook's acknowledgement). The row is the
 * one the caller just wrote, with the lease for this post on it (`leaseFrom` in card-lease.ts).
 */
export interface CardPosting {
  postSoon(stored: Versioned<StoredComment>): void;
}

/** Which Teams channel a comment's card goes to; undefined while none is bound or installed. */
export interface ChannelRoutes {
  routeFor(comment: StoredComment): Promise<TeamsChannelRoute | undefined>;
}

/** Whom the outbox tells what it cannot fix itself. */
export interface OutboxNotices {
  /** A comment has no channel to go to. */
  unrouted(comment: StoredComment): Promise<void>;
  /** Teams refuses posting into a channel (403: the app is no longer in the team). */
  routeRefused(route: TeamsChannelRoute): Promise<void>;
  /** Cards became dead letters since the last time. */
  deadLetters(count: number): Promise<void>;
}
