import type { DateTime } from 'luxon';
import type { IncomingCommentChange, PostedCard, StoredComment } from './domain/comment';
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
  /** Conditional on the ETag; throws AppError 'concurrent_update' when someone else wrote first. */
  replace(comment: StoredComment, etag: string): Promise<Versioned<StoredComment>>;
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
}

/** Publishes a reply on the platform, as the account. Throws AppError platform_* codes. */
export interface ReplyPublisher {
  publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }>;
}

export type { IncomingCommentChange };
