import type { DateTime } from 'luxon';
import type { HistoryEvent, IncomingCommentChange, PostedCard, StoredComment } from './domain/comment';
import type { CommentKey, Platform } from './domain/platform';

/** The only source of "now". */
export interface Clock {
  now(): DateTime;
}

export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

export interface CommentStore {
  /**
   * Stores a new comment together with its "card not yet posted" marker, in one transaction. Undefined when the
   * id was seen before (a duplicate delivery).
   */
  insertNew(comment: StoredComment): Promise<Versioned<StoredComment> | undefined>;
  /**
   * Records where the card was posted and removes the "not yet posted" marker, in one transaction, conditional on
   * the ETag; throws AppError 'concurrent_update' when someone else wrote first.
   */
  recordCardPosted(comment: StoredComment, etag: string): Promise<Versioned<StoredComment>>;
  get(key: CommentKey): Promise<Versioned<StoredComment> | undefined>;
  /**
   * Conditional on the ETag; throws AppError 'concurrent_update' when someone else wrote first. The history line,
   * when given, is appended in the same transaction.
   */
  replace(comment: StoredComment, etag: string, event?: HistoryEvent): Promise<Versioned<StoredComment>>;
  /** The whole history of a comment, oldest first. */
  listHistory(key: CommentKey): Promise<HistoryEvent[]>;
  /** Comments still waiting for someone (not closed), for the daily overview. */
  listOpen(): Promise<StoredComment[]>;
  /** Comments written at or after `since` (ISO, UTC), for the overview tab and its statistics. */
  listWrittenSince(since: string): Promise<StoredComment[]>;
  /** History lines recorded at or after `since`, per comment (`commentKeyText`), oldest first, for the export. */
  listHistorySince(since: string): Promise<Map<string, HistoryEvent[]>>;
  /** Handled comments written before `cutoff` whose text is still kept (the records plan's purge), at most `limit`. */
  listDueForRetention(cutoff: string, limit: number): Promise<Versioned<StoredComment>[]>;
  /** Empties the detail (texts sent, notes) of every history line of the comment; who, what and when stay. */
  clearHistoryDetails(key: CommentKey): Promise<void>;
  /**
   * How many comments on the post arrived in the window that ends with this comment (this one included): from the
   * post's index rows, written with each comment.
   */
  countOnPostBefore(comment: StoredComment, windowStart: string): Promise<number>;
  ping(): Promise<void>;
}

/** A comment whose card is waiting to be posted, and how often that was tried. */
export interface OutboxEntry {
  readonly key: CommentKey;
  readonly attempts: number;
}

/** A card Teams refused for good (or too often): left alone until an admin asks for another try. */
export interface DeadLetter {
  readonly key: CommentKey;
  readonly code: string;
  readonly attempts: number;
}

/** The cards waiting to be posted, as a queue by the time of the next attempt. */
export interface OutboxQueue {
  /** Those due by `now`, the longest-waiting first; dead letters are left out. */
  listDue(now: string, limit: number): Promise<OutboxEntry[]>;
  /** Every card still waiting (dead letters left out), oldest first. */
  listPending(limit: number): Promise<CommentKey[]>;
  retryLater(key: CommentKey, attempts: number, dueAt: string, code: string): Promise<void>;
  deadLetter(key: CommentKey, attempts: number, code: string): Promise<void>;
  listDeadLetters(limit: number): Promise<DeadLetter[]>;
  /** Puts every dead letter back in the queue, due now; how many. */
  retryDeadLetters(now: string): Promise<number>;
  /** The card is posted (or its comment is gone): off the queue. */
  clear(key: CommentKey): Promise<void>;
}

/** A Teams channel Svarsvakten posts into. */
export type TeamsChannelRoute = Omit<PostedCard, 'activityId' | 'threadId'>;

export interface Installation {
  readonly teamId: string;
  readonly teamName: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly generalChannelId: string;
  readonly channelIds: readonly string[];
  readonly botId: string;
  readonly active: boolean;
  readonly installedAt: string;
}

export interface InstallationStore {
  save(installation: Installation): Promise<void>;
  markInactive(teamId: string): Promise<void>;
  get(teamId: string): Promise<Installation | undefined>;
  listActive(): Promise<Installation[]>;
}

/** Posts and updates cards in Teams. Throws AppError 'teams_send_failed' when Teams did not take it. */
/** A post that drew a storm of comments: they go into one thread under a card for the post. */
export interface PostStorm {
  readonly platform: Platform;
  readonly postId: string;
  readonly startedAt: string;
  /** Set while one poster posts the storm's card, so no other posts a second one. */
  readonly postingSince?: string;
  readonly root?: PostedCard;
  /** When a comment was last put in the thread: the storm lasts while comments keep coming. */
  readonly lastAt: string;
}

export interface StormStore {
  get(platform: Platform, postId: string): Promise<Versioned<PostStorm> | undefined>;
  /** Undefined when another poster created it first. */
  create(storm: PostStorm): Promise<Versioned<PostStorm> | undefined>;
  /** Conditional on the ETag; throws AppError 'concurrent_update' when someone else wrote first. */
  replace(storm: PostStorm, etag: string): Promise<Versioned<PostStorm>>;
}

/** Every method throws AppError 'teams_send_failed' when Teams refuses, with details.status (and
 * details.retryAfterSeconds when Teams said when to come back). */
export interface TeamsPoster {
  /**
   * `dueBy`, where given, is the deadline of the comment the message is about: among sends waiting for their turn
   * the earliest deadline goes first; a send without one is due now.
   */
  postNewThread(route: TeamsChannelRoute, card: object, dueBy?: string): Promise<PostedCard>;
  /** Posts a card as a reply in the thread that `root` starts; the card's own id is returned with the thread's. */
  postCardInThread(root: PostedCard, card: object, dueBy?: string): Promise<PostedCard>;
  updateCard(posted: PostedCard, card: object, dueBy?: string): Promise<void>;
  /**
   * A 1:1 chat message to a user of the tenant. Opens the bot's personal conversation with them unless its id is
   * given; returns that id. Throws AppError 'teams_send_failed' (details.status 403 where the app is not installed
   * for the user).
   */
  sendToUser(
    route: TeamsChannelRoute,
    userId: string,
    message: TeamsMessage,
    conversationId?: string,
  ): Promise<string>;
  /** A reply in the card's thread. */
  replyInThread(posted: PostedCard, message: TeamsMessage, dueBy?: string): Promise<void>;
}

export interface Mentioned {
  /** Entra object id or Teams user id. */
  readonly id: string;
  readonly name: string;
}

/** A text message (Teams markdown) with the people it @mentions, as `<at>name</at>` in the text. */
export interface TeamsMessage {
  readonly text: string;
  readonly mentions?: readonly Mentioned[];
  /** Show it as a notification toast (1:1 reminders). */
  readonly alert?: boolean;
  readonly card?: object;
}

/** Publishes a reply on the platform, as the account. Throws AppError platform_* codes. */
export interface ReplyPublisher {
  publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }>;
}

/** Looks on the platform for a reply the account published with exactly this text; throws when it cannot tell. */
export interface ReplyFinder {
  findReply(comment: StoredComment, signedText: string): Promise<string | undefined>;
}

/** Hides or removes a comment on the platform. Throws AppError platform_* or 'moderation_not_supported'. */
export interface PlatformModerator {
  hide(comment: StoredComment): Promise<void>;
  remove(comment: StoredComment): Promise<void>;
  /** Shows a comment Svarsvakten hid again. */
  unhide(comment: StoredComment): Promise<void>;
}

/** A member of staff who has done the training (P11) and may act on cards. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly addedBy: string;
  readonly addedAt: string;
}

export interface StaffStore {
  get(id: string): Promise<StaffMember | undefined>;
  add(member: StaffMember): Promise<void>;
  remove(id: string): Promise<boolean>;
  list(): Promise<StaffMember[]>;
}

/** One change to who may act or where comments go: who did what to whom, and when. */
export interface AuditEntry {
  readonly at: string;
  readonly by: { readonly id: string; readonly name: string };
  readonly action: 'staff_added' | 'staff_removed' | 'route_bound';
  /** The person added or removed (Entra object id and name), or the account bound (`platform:id`). */
  readonly subject: { readonly id: string; readonly name: string };
  /** The channel an account was bound to. */
  readonly channelId?: string;
}

/** The audit history of the staff list and the channel bindings: append-only, newest first when listed. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  listLatest(limit: number): Promise<AuditEntry[]>;
}

/** Which Teams channel an account's comments go to (P1, P7). */
export interface AccountRoute extends TeamsChannelRoute {
  readonly platform: string;
  readonly accountId: string;
  readonly boundBy: string;
}

export interface RouteStore {
  get(platform: string, accountId: string): Promise<AccountRoute | undefined>;
  bind(route: AccountRoute): Promise<void>;
  list(): Promise<AccountRoute[]>;
}

export type { IncomingCommentChange };

/** Remembers that something was said once (an admin told about an unrouted account), across restarts and instances. */
export interface NoticeLedger {
  /** True the first time a key is given, false ever after. */
  firstTime(key: string): Promise<boolean>;
}

export type { ReminderKind } from './domain/reminder-plan';

/** A reminder row: due at a time, for a comment (or for a channel's daily overview). */
export interface StoredReminder {
  readonly kind: import('./domain/reminder-plan').ReminderKind;
  readonly dueAt: string;
  readonly platform: string;
  readonly commentId: string;
}

export interface ReminderStore {
  /** Adds reminders; one already there (same kind, comment and time) is left as it is. */
  add(reminders: readonly StoredReminder[]): Promise<void>;
  /** Reminders due at or before the time, oldest first: reads only those rows. */
  listDue(now: string, limit: number): Promise<Versioned<StoredReminder>[]>;
  /** Claims a due reminder for this instance with a conditional write; false when another instance has it. */
  claim(reminder: Versioned<StoredReminder>, until: string): Promise<boolean>;
  /** Removes a reminder that was sent or is no longer relevant. */
  done(reminder: StoredReminder): Promise<void>;
  /** Gives back a reminder this instance claimed but cannot send yet; it is due again from `from`. */
  release(reminder: StoredReminder, from: string): Promise<void>;
  /** How many rows the last listDue read (for the benchmark). */
  readonly lastReadCount: number;
}

/** The people on duty in a channel, @mentioned when an unclaimed comment nears its deadline. */
export interface DutyStore {
  list(channelId: string): Promise<Mentioned[]>;
  add(channelId: string, person: Mentioned): Promise<void>;
  remove(channelId: string, personId: string): Promise<boolean>;
}

/** The bot's 1:1 conversation id with each user, created once. */
export interface PersonalChatStore {
  get(userId: string): Promise<string | undefined>;
  /** Also forgets a refusal: the person has the app now. */
  save(userId: string, conversationId: string): Promise<void>;
  /** Teams refused a 1:1 chat with the person (403): not tried again before `until` unless they add the app. */
  markRefused(userId: string, until: string): Promise<void>;
  refusedUntil(userId: string): Promise<string | undefined>;
}

/** What pollers keep between runs and across instances: a lease (one instance polls) and watermarks. */
export interface PollerStateStore {
  /** Takes or renews the lease on a poller until the given time; false while another instance holds it. */
  tryLease(poller: string, holder: string, now: string, until: string): Promise<boolean>;
  getWatermark(key: string): Promise<string | undefined>;
  setWatermark(key: string, value: string): Promise<void>;
}

/** What one poll of a platform brought: events, the new watermark, and a pause the platform asked for. */
export interface PollResult {
  readonly events: readonly import('./domain/comment').IncomingEvent[];
  readonly watermark?: string;
  /** Do not poll this account again before this time (ISO): rate limit or quota. */
  readonly pauseUntil?: string;
  readonly pauseReason?: 'rate_limited' | 'quota_exceeded';
}

/** A platform without webhooks (or with deprecated ones): Svarsvakten asks for what is new since the watermark. */
export interface CommentSource {
  fetchNew(accountId: string, token: string, watermark: string | undefined): Promise<PollResult>;
}
