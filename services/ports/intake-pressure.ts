import type { StoredReminder } from './reminders';
import type { StoredComment } from '../domain/comment';
import type { Versioned } from './clock';
import type { TeamsChannelRoute } from './teams';

/** Draws the cards Teams shows, each within Teams' size limit. */
export interface CardDrawing {
  /** A comment's card with as much of each long text as fits. */
  render(comment: StoredComment): object;
  /** A comment's card at its smallest: what goes after Teams refused one as too big (413). */
  renderSmallest(comment: StoredComment): object;
  /** The card a comment storm's thread starts with: the post and how many comments it drew since `since`. */
  renderStorm(comment: StoredComment, since: string, count: number): object;
}

/** Brings a comment's posted card up to date for everyone; a failure is logged, never thrown. */
export interface CardRefresh {
  refresh(comment: StoredComment): Promise<boolean>;
}

/**
 * Posts a stored comment's card soon, without holding up the caller (the webhook's acknowledgement). The row is the
 * one the caller just wrote, with the lease for this post on it (`leaseFrom` in services/app/card-lease.ts).
 */
export interface CardPosting {
  postSoon(stored: Versioned<StoredComment>): void;
}

/**
 * Storing what webhooks bring goes before posting cards: a delivery is acknowledged only once stored, and the
 * platforms give up on slow acknowledgements, while a card posted a few seconds later loses nothing.
 */
export interface IngestPriority {
  /** Whether webhook deliveries are being stored right now. */
  storing(): boolean;
  /** Calls `listener` each time storing has gone quiet: none in flight, and none for a moment after the last. */
  onQuiet(listener: () => void): void;
}

/** Which Teams channel a comment's card goes to; undefined while none is bound or installed. */
export interface ChannelRoutes {
  routeFor(comment: StoredComment): Promise<TeamsChannelRoute | undefined>;
}

/** Schedules a comment's reminders (idempotent), and re-plans them after it changed. */
export interface ReminderScheduling {
  /** The deadline reminders a newly stored comment needs: stored with it, in the same write. */
  planFor(comment: StoredComment): readonly StoredReminder[];
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

/** Whom to tell that the city's account answered a comment on the platform itself: its holder, if anyone. */
export interface AnswerNotices {
  answeredOnPlatform(comment: StoredComment): Promise<void>;
}
