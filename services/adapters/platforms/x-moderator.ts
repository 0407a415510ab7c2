import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { PlatformModerator } from '../../ports/index';
import { unreachable } from './call-failure';
import { xError, type XOptions } from './x-publisher';

/**
 * Hides and shows again a reply on X with API v2: `PUT /2/tweets/:id/hidden` with `{ "hidden": true | false }`
 * (scope tweet.moderate.write). X lets an account hide replies in the conversations it started, and no account can
 * delete another's post, so removal is refused before any call.
 */
export class XModerator implements PlatformModerator {
  constructor(private readonly options: XOptions) {}

  hide(comment: StoredComment): Promise<void> {
    return this.setHidden(comment, true);
  }

  unhide(comment: StoredComment): Promise<void> {
    return this.setHidden(comment, false);
  }

  remove(): Promise<void> {
    return Promise.reject(new AppError('moderation_not_supported', "X cannot delete another account's post"));
  }

  private async setHidden(comment: StoredComment, hidden: boolean): Promise<void> {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No X token for the account');
    let response: Response;
    try {
      response = await fetch(
        `${this.options.apiUrl}/2/tweets/${encodeURIComponent(comment.commentId)}/hidden`,
        {
          method: 'PUT',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ hidden }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        },
      );
    } catch (error) {
      throw unreachable('X', error);
    }
    if (response.status === 403) {
      throw new AppError(
        'platform_moderation_not_allowed',
        'X hides only replies in the account’s conversations',
      );
    }
    if (!response.ok)
      throw xError(
        response.status,
        response.headers,
        this.options.clock.now().toMillis(),
        'hiding the reply',
      );
    const body = (await response.json().catch(() => ({}))) as { data?: { hidden?: unknown } };
    if (body.data?.hidden !== hidden) throw new AppError('platform_error', 'X did not confirm the change');
  }
}
