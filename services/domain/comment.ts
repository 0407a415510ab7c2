import type { CommentKey, Platform } from './platform';

/** What a platform told us about a comment, normalised. Times are ISO 8601 strings in UTC. */
export interface IncomingComment extends CommentKey {
  readonly accountId: string;
  readonly postId: string;
  readonly parentId?: string;
  readonly postPermalink?: string;
  readonly postFirstWords?: string;
  readonly permalink?: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly text: string;
  readonly writtenAt: string;
}

/** A change to a comment we already know (edit, removal by its author, hiding on the platform). */
export type IncomingCommentChange =
  | { readonly kind: 'edited'; readonly key: CommentKey; readonly text: string; readonly editedAt: string }
  | { readonly kind: 'removed'; readonly key: CommentKey; readonly at: string }
  | { readonly kind: 'hidden'; readonly key: CommentKey; readonly at: string }
  | { readonly kind: 'unhidden'; readonly key: CommentKey; readonly at: string };

export type IncomingEvent =
  { readonly kind: 'new'; readonly comment: IncomingComment } | IncomingCommentChange;

/** Where the comment stands in our workflow. */
export type CommentState = 'open' | 'claimed' | 'sending' | 'answered';

/** What happened to the comment on the platform itself. */
export type PlatformStatus = 'visible' | 'removed' | 'hidden';

export interface Person {
  /** Stable id: the Entra object id where Teams gives one, otherwise the Teams user id. */
  readonly id: string;
  readonly name: string;
  readonly firstName: string;
}

export interface Answer {
  readonly text: string;
  readonly by: Person;
  readonly at: string;
  readonly platformReplyId: string;
}

/** Where a comment's card was posted in Teams: the thread starts at activityId in channelId. */
export interface PostedCard {
  readonly teamId: string;
  readonly channelId: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly botId: string;
  readonly activityId: string;
}

/** A comment as Svarsvakten keeps it. */
export interface StoredComment extends IncomingComment {
  readonly platform: Platform;
  readonly receivedAt: string;
  readonly deadline: string;
  readonly state: CommentState;
  readonly platformStatus: PlatformStatus;
  readonly editedAt?: string;
  readonly holder?: Person;
  readonly draft?: string;
  readonly sendingSince?: string;
  readonly answer?: Answer;
  readonly card?: PostedCard;
  readonly cardLeaseUntil?: string;
}
