import type { IncomingComment, StoredComment } from '../domain/comment';

/** Publishes a reply on the platform, as the account. Throws AppError platform_* codes. */
export interface ReplyPublisher {
  publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }>;
  /**
   * Whether a reply with exactly this text is on the platform already (its id), or certainly not (undefined), after
   * a send whose outcome was never recorded. Throws AppError `platform_outcome_unknown` where it cannot tell.
   */
  publishedAlready?(comment: StoredComment, signedText: string): Promise<string | undefined>;
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

/**
 * Fills in what a webhook leaves out: Instagram's @mentions carry ids only, so the text, the writer and the link are
 * fetched from the Graph API. Never throws: what cannot be fetched is marked `textMissing`, and the item is stored.
 */
export interface MentionDetails {
  complete(comment: IncomingComment): Promise<IncomingComment>;
}
