import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { PlatformModerator } from '../../ports/index';
import { unreachable } from './call-failure';
import { youTubeError, type YouTubeOptions } from './youtube';
import { type GoogleError } from './youtube-shapes';

type ModerationStatus = 'heldForReview' | 'published' | 'rejected';

/**
 * Moderates a comment on the channel with `comments.setModerationStatus` (50 quota units, 204 on success): hiding
 * holds it for review, showing again publishes it, removing rejects it (YouTube cannot publish a rejected comment
 * again, and its replies are hidden with it).
 */
export class YouTubeModerator implements PlatformModerator {
  constructor(private readonly options: YouTubeOptions) {}

  hide(comment: StoredComment): Promise<void> {
    return this.setStatus(comment, 'heldForReview');
  }

  unhide(comment: StoredComment): Promise<void> {
    return this.setStatus(comment, 'published');
  }

  remove(comment: StoredComment): Promise<void> {
    return this.setStatus(comment, 'rejected');
  }

  private async setStatus(comment: StoredComment, moderationStatus: ModerationStatus): Promise<void> {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No YouTube token for the channel');
    const query = new URLSearchParams({ id: comment.commentId, moderationStatus });
    let response: Response;
    try {
      response = await fetch(
        `${this.options.apiUrl}/youtube/v3/comments/setModerationStatus?${query.toString()}`,
        {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        },
      );
    } catch (error) {
      throw unreachable('YouTube', error);
    }
    if (response.ok) return;
    const body = (await response.json().catch(() => ({}))) as GoogleError;
    const error = youTubeError(response.status, body, this.options.clock.now().toMillis(), 'the moderation');
    if (error.code === 'platform_reply_not_allowed') {
      throw new AppError('platform_moderation_not_allowed', 'YouTube does not let the channel moderate it');
    }
    throw error;
  }
}
