import type { CommentKey, Platform } from './platform';
import type { Person } from './person';
import type { OutgoingKind, Workflow } from './workflow';

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
  /** Photos, videos, GIFs and stickers with the comment, as the platform links them. */
  readonly media?: readonly Media[];
  /**
   * What it is when it is not a comment on the account's post: a resident's own post on the Page, or an
   * @mention of the account in a comment elsewhere on Instagram (`mentionedOn`: the media it was written on), or
   * a direct message to an Instagram account (kept as a Messenger item: the contact centre's, answered alike).
   */
  readonly origin?: 'visitor_post' | 'mention' | 'instagram_direct';
  /** For an Instagram @mention: the text could not be fetched yet; the card says to read it on Instagram. */
  readonly textMissing?: true;
}

/** An image or video with a comment: its kind, and the platform's link to it (checked before it is shown). */
export interface Media {
  readonly kind: 'photo' | 'video' | 'gif' | 'sticker' | 'file';
  readonly url?: string;
  /** The copy kept in the city's own storage (when the comment was hidden or removed), covered by retention. */
  readonly kept?: KeptMedia;
}

/** A copy of an image or video in the city's Blob Storage: where, what it is, and its SHA-256. */
export interface KeptMedia {
  readonly blob: string;
  readonly contentType: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** A change to a comment we already know (edit, removal by its author, hiding on the platform). */
export type IncomingCommentChange =
  | { readonly kind: 'edited'; readonly key: CommentKey; readonly text: string; readonly editedAt: string }
  | { readonly kind: 'removed'; readonly key: CommentKey; readonly at: string }
  | { readonly kind: 'hidden'; readonly key: CommentKey; readonly at: string }
  | { readonly kind: 'unhidden'; readonly key: CommentKey; readonly at: string }
  | CityAnswer;

/**
 * A comment the city's own account wrote on the platform itself (Meta Business Suite, the X app, YouTube Studio,
 * LinkedIn), in answer to the comment `key`: or Svarsvakten's own reply coming back, which changes nothing.
 */
export interface CityAnswer {
  readonly kind: 'city_answer';
  readonly key: CommentKey;
  /** The answer's own id on the platform. */
  readonly answerId: string;
  readonly text: string;
  readonly writtenAt: string;
}

export type IncomingEvent =
  { readonly kind: 'new'; readonly comment: IncomingComment } | IncomingCommentChange;

/** What happened to the comment on the platform itself. */
export type PlatformStatus = 'visible' | 'removed' | 'hidden';

/** A text Svarsvakten published on the platform, exactly as sent. */
export interface SentText {
  readonly kind: OutgoingKind;
  readonly text: string;
  readonly by: Person;
  readonly at: string;
  readonly platformReplyId: string;
  /** Written on the platform itself by the city's account, not published by Svarsvakten. */
  readonly onPlatform?: true;
}

export type HistoryAction =
  | 'claimed'
  | 'released'
  | 'taken_over'
  | 'replied'
  | 'answered_elsewhere'
  | 'answered_on_platform'
  | 'acknowledged'
  | 'referred'
  | 'case_opened'
  | 'case_closed'
  | 'no_reply'
  | 'hidden'
  | 'removed'
  | 'unhidden'
  | 'reopened'
  | 'anonymised'
  | 'reply_failed'
  | 'assigned'
  | 'approval_requested'
  | 'removal_requested'
  | 'approved'
  | 'approval_returned'
  | 'idle_released'
  | 'department_asked'
  | 'department_answered'
  | 'away_released'
  | 'documented'
  | 'sent_to_registry';

/** One line of a comment's history: who did what, when, and the exact text sent or reason given. */
export interface HistoryEvent {
  readonly at: string;
  readonly by: string;
  readonly action: HistoryAction;
  readonly detail?: string;
}

/** Where a comment's card was posted in Teams: the thread starts at activityId in channelId. */
export interface PostedCard {
  readonly teamId: string;
  readonly channelId: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly botId: string;
  readonly activityId: string;
  /** Set when the card is a reply in a thread (a comment storm's thread): the activity id the thread starts at. */
  readonly threadId?: string;
}

/** What Svarsvakten knows of a comment whatever its workflow state. */
export interface CommentFacts extends IncomingComment {
  readonly platform: Platform;
  readonly receivedAt: string;
  readonly deadline: string;
  readonly platformStatus: PlatformStatus;
  readonly editedAt?: string;
  readonly sent: readonly SentText[];
  /** When the first response (holding reply, referral or answer) was published: what the deadline asks for. */
  readonly firstResponseAt?: string;
  /** When its text and the writer's details were removed under the records plan; what statistics need stays. */
  readonly anonymisedAt?: string;
  /** The latest history lines, for the card; the full history is kept in the store. */
  readonly recent: readonly HistoryEvent[];
  /** A reply in a conversation: the item whose card starts the thread, and what it answers. */
  readonly conversation?: ConversationLink;
  /** A conversation's first item: the replies in its thread, and how many still await the city's answer. */
  readonly thread?: ThreadSummary;
  /** Questions put to the city's departments about it (Fråga verksamheten), the latest last. */
  readonly questions?: readonly DepartmentQuestion[];
  /** Where its card is in Teams, once posted: what a reminder, an update or a link to the card needs. */
  readonly card?: PostedCard;
  /**
   * Set by the records plan: the cards in Teams that showed its words (its own, its department questions'), which
   * the redaction job (services/app/records/card-redaction.ts) draws again without them until Teams confirms.
   */
  readonly cardsToRedact?: readonly PostedCard[];
}

/** A comment as Svarsvakten keeps it. */
export type StoredComment = CommentFacts & Workflow;

/** A question to a department about a comment, and its answer once given (a suggestion: nothing is published). */
export interface DepartmentQuestion {
  readonly id: string;
  readonly department: string;
  readonly question: string;
  readonly askedBy: Person;
  readonly askedAt: string;
  /** The question's card in the department's channel: only a click from there answers it. */
  readonly card?: PostedCard;
  readonly answer?: { readonly text: string; readonly by: string; readonly at: string };
}

/** Where a reply stands in its conversation, as known when it arrived. */
export interface ConversationLink {
  /** The comment id (same platform) of the conversation's first item: its card's thread holds the reply. */
  readonly rootId: string;
  /** Whom it answers: one of the city's answers, or a resident's comment (Messenger: the conversation itself). */
  readonly repliesTo?: 'city' | 'resident';
  /** The start of the comment it answers. */
  readonly parentText?: string;
  /** The city's latest answer in the conversation when the reply arrived. */
  readonly cityAnswer?: { readonly text: string; readonly at: string };
}

/** A conversation's figures on its first item: a copy of what the thread tally (ports/thread-tally.ts) counted. */
export interface ThreadSummary {
  /** The replies' ids as listed on the first item before the tally counted them: counted into it at the next change. */
  readonly replyIds?: readonly string[];
  readonly replies: number;
  /** Replies nobody has answered or closed yet. */
  readonly unanswered: number;
  /** When the latest of those was written. */
  readonly latestWaitingAt?: string;
}

/** The id of the thread a posted card is in: the storm's root for a card posted in one, else the card itself. */
export function threadRootId(card: PostedCard): string {
  return card.threadId ?? card.activityId;
}
