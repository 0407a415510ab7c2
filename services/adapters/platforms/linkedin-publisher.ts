import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { ReplyPublisher } from '../../ports/index';
import { serverFailed, unreachable } from './call-failure';

export interface LinkedInOptions {
  readonly apiUrl: string;
  /** The LinkedIn-Version header (YYYYMM); versions are retired about a year after release. */
  readonly version: string;
  readonly tokenFor: (comment: StoredComment) => Promise<string | undefined>;
  readonly timeoutMs?: number;
}

/** LinkedIn's error answers → our codes. */
function linkedInError(status: number, retryAfter: string | null): AppError {
  const details = { status };
  if (status === 401)
    return new AppError('platform_token_expired', 'LinkedIn token expired or revoked', details);
  if (status === 429) {
    const seconds = Number(retryAfter);
    return new AppError('platform_rate_limited', 'LinkedIn throttled the call', {
      ...details,
      ...(Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: seconds * 1000 } : {}),
    });
  }
  if (status === 403)
    return new AppError('platform_permission_denied', 'LinkedIn refused the organization', details);
  if (status === 404 || status === 410)
    return new AppError('platform_comment_deleted', 'The comment is gone', details);
  if (status >= 500) return serverFailed('LinkedIn', details);
  return new AppError('platform_error', 'LinkedIn refused the reply', details);
}

/**
 * Replies as the organization: POST /rest/socialActions/{comment urn}/comments with `parentComment`, so the reply
 * is nested under the resident's comment.
 */
export class LinkedInPublisher implements ReplyPublisher {
  constructor(private readonly options: LinkedInOptions) {}

  async publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No LinkedIn token for the organization');
    const target = `${this.options.apiUrl}/rest/socialActions/${encodeURIComponent(comment.commentId)}/comments`;
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'LinkedIn-Version': this.options.version,
          'X-Restli-Protocol-Version': '2.0.0',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          actor: `urn:li:organization:${comment.accountId}`,
          object: comment.postId,
          parentComment: comment.commentId,
          message: { text: signedText },
        }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unreachable('LinkedIn', error);
    }
    if (!response.ok) throw linkedInError(response.status, response.headers.get('retry-after'));
    const body = (await response.json().catch(() => ({}))) as { commentUrn?: unknown };
    const replyId =
      response.headers.get('x-restli-id') ?? (typeof body.commentUrn === 'string' ? body.commentUrn : '');
    if (!replyId) throw new AppError('platform_error', 'LinkedIn answered without the comment id');
    return { replyId };
  }

  /** The organization's reply with exactly this text under the comment, if it is there. */
  async findReply(comment: StoredComment, signedText: string): Promise<string | undefined> {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No LinkedIn token for the organization');
    const target = `${this.options.apiUrl}/rest/socialActions/${encodeURIComponent(comment.commentId)}/comments?count=100`;
    let response: Response;
    try {
      response = await fetch(target, {
        headers: {
          Authorization: `Bearer ${token}`,
          'LinkedIn-Version': this.options.version,
          'X-Restli-Protocol-Version': '2.0.0',
        },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unreachable('LinkedIn', error);
    }
    if (!response.ok) throw linkedInError(response.status, response.headers.get('retry-after'));
    const body = (await response.json().catch(() => ({}))) as {
      elements?: { $URN?: unknown; id?: unknown; actor?: unknown; message?: { text?: unknown } }[];
    };
    const actor = `urn:li:organization:${comment.accountId}`;
    const ours = (body.elements ?? []).find((e) => e.actor === actor && e.message?.text === signedText);
    const id = ours?.$URN ?? ours?.id;
    return typeof id === 'string' ? id : undefined;
  }
}
