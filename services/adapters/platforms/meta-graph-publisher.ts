import { AppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { ReplyPublisher } from '../../ports';

export interface MetaGraphOptions {
  readonly graphUrl: string;
  readonly graphVersion: string;
  /** The Page access token for an account id; undefined when the account has none. */
  readonly tokenFor: (accountId: string) => string | undefined;
  readonly timeoutMs?: number;
}

interface GraphErrorBody {
  error?: { code?: number; error_subcode?: number; message?: string; is_transient?: boolean };
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 613]);

/** Minutes until the Page may call again, from X-Business-Use-Case-Usage, where Meta says. */
function minutesUntilAccess(header: string | null): number | undefined {
  if (!header) return undefined;
  try {
    const usage = JSON.parse(header) as Record<string, { estimated_time_to_regain_access?: number }[]>;
    const minutes = Object.values(usage)
      .flat()
      .map((u) => u.estimated_time_to_regain_access ?? 0);
    const most = Math.max(0, ...minutes);
    return most > 0 ? most : undefined;
  } catch {
    return undefined;
  }
}

/** Graph's error object → our codes (https://developers.facebook.com/docs/graph-api/guides/error-handling). */
export function graphError(status: number, body: GraphErrorBody, headers: Headers): AppError {
  const code = body.error?.code;
  const subcode = body.error?.error_subcode;
  const details = { status, code: code ?? 0, subcode: subcode ?? 0 };
  if (code === 190 || code === 102)
    return new AppError('platform_token_expired', 'The Page access token is not valid', details);
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) {
    const minutes = minutesUntilAccess(headers.get('x-business-use-case-usage'));
    return new AppError('platform_rate_limited', 'Meta rate limit reached', {
      ...details,
      retry: minutes ? `om ${minutes} minuter` : 'om en stund',
    });
  }
  if (
    code === 100 &&
    (subcode === 33 || /does not exist|cannot be loaded/i.test(body.error?.message ?? ''))
  ) {
    return new AppError('platform_comment_deleted', 'The comment no longer exists', details);
  }
  if (code === 10 || code === 200 || (code !== undefined && code > 200 && code < 300)) {
    return new AppError('platform_permission_denied', 'The app lacks permission to reply', details);
  }
  if (status >= 500 || code === 1 || code === 2) {
    return new AppError('platform_unavailable', 'Meta is temporarily unavailable', details);
  }
  return new AppError('platform_error', 'Meta refused the reply', details);
}

/** Publishes a Facebook comment reply: POST /{version}/{comment-id}/comments with the Page token. */
export class MetaGraphPublisher implements ReplyPublisher {
  constructor(private readonly options: MetaGraphOptions) {}

  async publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    const token = this.options.tokenFor(comment.accountId);
    if (!token) throw new AppError('account_not_configured', 'No access token for the account');
    const target = `${this.options.graphUrl}/${this.options.graphVersion}/${encodeURIComponent(comment.commentId)}/comments`;
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: signedText }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new AppError('platform_unavailable', 'Meta could not be reached', {
        cause: error instanceof Error ? error.name : 'unknown',
      });
    }
    const body = (await response.json().catch(() => ({}))) as GraphErrorBody & { id?: unknown };
    if (!response.ok || body.error) throw graphError(response.status, body, response.headers);
    if (typeof body.id !== 'string') throw new AppError('platform_error', 'Meta answered without a reply id');
    return { replyId: body.id };
  }
}
