import type { DateTime } from 'luxon';
import type { HistoryEvent, IncomingCommentChange, PostedCard, StoredComment } from './domain/comment';
import type { CommentKey } from './domain/platform';

/** The only source of "now". */
export interface Clock {
  now(): DateTime;
}

export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

export interface CommentStore {
  /** Stores a new comment together with its "card not yet posted" marker. False when the id was seen before. */
  insertNew(comment: StoredComment): Promise<boolean>;
  get(key: CommentKey): Promise<Versioned<StoredComment> | undefined>;
  /**
   * Conditional on the ETag; throws AppError 'concurrent_update' when someone else wrote first. The history line,
   * when given, is appended in the same transaction.
   */
  replace(comment: StoredComment, etag: string, event?: HistoryEvent): Promise<Versioned<StoredComment>>;
  /** The whole history of a comment, oldest first. */
  listHistory(key: CommentKey): Promise<HistoryEvent[]>;
  /** Keys of comments whose card is not yet posted, oldest first. */
  listUnposted(limit: number): Promise<CommentKey[]>;
  /** Removes the "card not yet posted" marker once the card is posted. */
  clearUnposted(key: CommentKey): Promise<void>;
  ping(): Promise<void>;
}

/** A Teams channel Svarsvakten posts into. */
export type TeamsChannelRoute = Omit<PostedCard, 'activityId'>;

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
export interface TeamsPoster {
  postNewThread(route: TeamsChannelRoute, card: object): Promise<PostedCard>;
  updateCard(posted: PostedCard, card: object): Promise<void>;
  /** A 1:1 chat message to a user of the tenant (the bot's personal conversation with them). */
  sendToUser(route: TeamsChannelRoute, userId: string, text: string): Promise<void>;
}

/** Publishes a reply on the platform, as the account. Throws AppError platform_* codes. */
export interface ReplyPublisher {
  publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }>;
}

/** Hides or removes a comment on the platform. Throws AppError platform_* or 'moderation_not_supported'. */
export interface PlatformModerator {
  hide(comment: StoredComment): Promise<void>;
  remove(comment: StoredComment): Promise<void>;
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
