import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { PLATFORM_NAMES, type Platform } from '../../domain/platform';
import type { PlatformModerator, ReplyFinder, ReplyPublisher } from '../../ports/index';
import { PUBLISH_RETRY, publishOnce, type RetryPolicy } from './with-retry';

/** Sends each comment's reply or moderation to the client of its platform. */
export class PlatformPublisher implements ReplyPublisher, PlatformModerator {
  constructor(
    private readonly publishers: Readonly<Partial<Record<Platform, ReplyPublisher>>>,
    private readonly moderators: Readonly<Partial<Record<Platform, PlatformModerator>>>,
    /** Where a platform can be asked whether a reply is there; without one, an ambiguous failure is "unknown". */
    private readonly finders: Readonly<Partial<Record<Platform, ReplyFinder>>> = {},
    private readonly retry: RetryPolicy = PUBLISH_RETRY,
  ) {}

  publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    const publisher = this.publishers[comment.platform];
    if (!publisher) throw new AppError('account_not_configured', 'No publisher for the platform');
    const finder = this.finders[comment.platform];
    return publishOnce(
      PLATFORM_NAMES[comment.platform],
      () => publisher.publishReply(comment, signedText),
      finder ? () => finder.findReply(comment, signedText) : undefined,
      this.retry,
    );
  }

  async publishedAlready(comment: StoredComment, signedText: string): Promise<string | undefined> {
    const finder = this.finders[comment.platform];
    const unknown = new AppError('platform_outcome_unknown', 'Cannot tell whether the reply was published', {
      platform: PLATFORM_NAMES[comment.platform],
    });
    if (!finder) throw unknown;
    try {
      return await finder.findReply(comment, signedText);
    } catch {
      throw unknown;
    }
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
