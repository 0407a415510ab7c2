import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { Platform } from '../../domain/platform';
import type { PlatformModerator, ReplyPublisher } from '../../ports';
import { PUBLISH_RETRY, withRetry, type RetryPolicy } from './with-retry';

/** Sends each comment's reply or moderation to the client of its platform. */
export class PlatformPublisher implements ReplyPublisher, PlatformModerator {
  constructor(
    private readonly publishers: Readonly<Partial<Record<Platform, ReplyPublisher>>>,
    private readonly moderators: Readonly<Partial<Record<Platform, PlatformModerator>>>,
    private readonly retry: RetryPolicy = PUBLISH_RETRY,
  ) {}

  publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    const publisher = this.publishers[comment.platform];
    if (!publisher) throw new AppError('account_not_configured', 'No publisher for the platform');
    // A retried publish can double-post only if the platform took the first call and still answered with an error;
    // the calls retried are those refused before taking anything (429) or never answered.
    return withRetry(() => publisher.publishReply(comment, signedText), this.retry);
  }

  hide(comment: StoredComment): Promise<void> {
    const moderator = this.moderators[comment.platform];
    if (!moderator) throw new AppError('moderation_not_supported', 'The platform cannot hide comments');
    return moderator.hide(comment);
  }

  unhide(comment: StoredComment): Promise<void> {
    const moderator = this.moderators[comment.platform];
    if (!moderator) throw new AppError('moderation_not_supported', 'The platform cannot hide comments');
    return moderator.unhide(comment);
  }

  remove(comment: StoredComment): Promise<void> {
    const moderator = this.moderators[comment.platform];
    if (!moderator) throw new AppError('moderation_not_supported', 'The platform cannot remove comments');
    return moderator.remove(comment);
  }
}
