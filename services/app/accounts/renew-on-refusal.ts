import { AppError, isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { Platform } from '../../domain/platform';
import type { PlatformModerator, ReplyFinder, ReplyPublisher } from '../../ports/index';

/** What a call needs to know when the platform turns a token away. */
export interface RefusalHandler {
  /** True when the account's token was renewed and the call may be made once more. */
  refusedByPlatform(platform: Platform, accountId: string): Promise<boolean>;
}

/**
 * Makes a call to the platform; when the platform turns the token away (401), the credential is renewed and the
 * call made once more. A 401 means the platform did nothing, so the second call cannot publish twice. When the
 * credential cannot be renewed, the account needs connecting again: AppError `account_needs_reconnect`.
 */
export async function withRenewal<T>(
  credentials: RefusalHandler,
  account: { readonly platform: Platform; readonly accountId: string },
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isAppError(error, 'platform_token_expired')) throw error;
    if (!(await credentials.refusedByPlatform(account.platform, account.accountId))) {
      throw new AppError('account_needs_reconnect', 'The platform refused the account credential', {
        platform: account.platform,
      });
    }
  }
  return call();
}

export function renewingPublisher(credentials: RefusalHandler, inner: ReplyPublisher): ReplyPublisher {
  return {
    publishReply: (comment: StoredComment, text: string) =>
      withRenewal(credentials, comment, () => inner.publishReply(comment, text)),
  };
}

export function renewingFinder(credentials: RefusalHandler, inner: ReplyFinder): ReplyFinder {
  return {
    findReply: (comment: StoredComment, text: string) =>
      withRenewal(credentials, comment, () => inner.findReply(comment, text)),
  };
}

export function renewingModerator(credentials: RefusalHandler, inner: PlatformModerator): PlatformModerator {
  return {
    hide: (comment) => withRenewal(credentials, comment, () => inner.hide(comment)),
    unhide: (comment) => withRenewal(credentials, comment, () => inner.unhide(comment)),
    remove: (comment) => withRenewal(credentials, comment, () => inner.remove(comment)),
  };
}
