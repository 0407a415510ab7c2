import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { ReplyPublisher, Clock } from '../../ports/index';
import { serverFailed, unreachable } from './call-failure';

export interface XOptions {
  readonly apiUrl: string;
  /** The account's OAuth 2.0 user token (tweet.write, tweet.read, users.read). */
  readonly tokenFor: (comment: StoredComment) => Promise<string | undefined>;
  readonly clock: Pick<Clock, 'now'>;
  readonly timeoutMs?: number;
}

/** The AppError for an X API v2 failure; `what` names the refused call in the log. */
export function xError(status: number, headers: Headers, nowMs: number, what = 'the reply'): AppError {
  const details = { status };
  if (status === 401) return new AppError('platform_token_expired', 'X token expired or invalid', details);
  if (status === 403) return new AppError('platform_reply_not_allowed', `X does not allow ${what}`, details);
  if (status === 429) {
    return new AppError('platform_rate_limited', 'X rate limit reached', {
      ...details,
      retryAfterMs: Math.max(0, Number(headers.get('x-rate-limit-reset')) * 1000 - nowMs) || 0,
    });
  }
  if (status === 404) return new AppError('platform_comment_deleted', 'The post is gone', details);
  if (status >= 500) return serverFailed('X', details);
  return new AppError('platform_error', `X refused ${what}`, details);
}

/** Replies on X with API v2: POST /2/tweets with reply.in_reply_to_tweet_id. */
export class XPublisher implements ReplyPublisher {
  constructor(private readonly options: XOptions) {}

  async publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No X token for the account');
    let response: Response;
    try {
      response = await fetch(`${this.options.apiUrl}/2/tweets`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: signedText, reply: { in_reply_to_tweet_id: comment.commentId } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unreachable('X', error);
    }
    if (!response.ok) throw xError(response.status, response.headers, this.options.clock.now().toMillis());
    const body = (await response.json().catch(() => ({}))) as { data?: { id?: unknown } };
    if (typeof body.data?.id !== 'string')
      throw new AppError('platform_error', 'X answered without a post id');
    return { replyId: body.data.id };
  }
}
