import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { Platform } from '../../domain/platform';
import type { PlatformModerator, ReplyPublisher } from '../../ports';

/** Sends each comment's reply or moderation to the client of its platform. */
export class PlatformPublisher implements ReplyPublisher, PlatformModerator {
  constructor(
    private readonly publishers: Readonly<Partial<Record<Platform, ReplyPublisher>>>,
    private readonly moderators: Readonly<Partial<Record<Platform, PlatformModerator>>>,
  ) {}

  publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    const publisher = this.publishers[comment.platform];
    if (!publisher) throw new AppError('account_not_configured', 'No publisher for the platform');
    return publisher.publishReply(comment, signedText);
  }

  hide(comment: StoredComment): Promise<void> {
    const moderator = this.moderators[comment.platform];
    if (!moderator) throw new AppError('moderation_not_supported', 'The platform cannot hide comments');
    return moderator.hide(comment);
  }

  remove(comment: StoredComment): Promise<void> {
    const moderator = this.moderators[comment.platform];
    if (!moderator) throw new AppError('moderation_not_supported', 'The platform cannot remove comments');
    return moderator.remove(comment);
  }
}
