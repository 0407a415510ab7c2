import type { StoredComment } from '../domain/comment';

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
