import { DateTime } from 'luxon';
import { AppError } from '../../domain/app-error';
import { messengerWindow } from '../../domain/messenger-window';
import type { IncomingComment, StoredComment } from '../../domain/comment';
import { platformLinkOrNothing } from '../../domain/platform-links';
import { utcIso } from '../../domain/utc-iso';
import type { MentionDetails, PlatformModerator, ReplyPublisher, Clock } from '../../ports/index';
import { serverFailed, unreachable } from './call-failure';
import { usageOf } from './meta-usage';

export interface MetaGraphOptions {
  readonly graphUrl: string;
  readonly graphVersion: string;
  /** The access token the comment's account publishes with; undefined when the account has none. */
  readonly tokenFor: (comment: Pick<StoredComment, 'platform' | 'accountId'>) => Promise<string | undefined>;
  readonly timeoutMs?: number;
  /** Now, for Messenger's 24-hour and 7-day windows. */
  readonly clock: Pick<Clock, 'now'>;
}

interface GraphErrorBody {
  error?: { code?: number; error_subcode?: number; message?: string; is_transient?: boolean };
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 613]);

interface GraphReply {
  id?: unknown;
  message?: unknown;
  text?: unknown;
  from?: { id?: unknown };
}

/** Graph's error object → our codes (https://developers.facebook.com/docs/graph-api/guides/error-handling). */
export function graphError(status: number, body: GraphErrorBody, headers: Headers): AppError {
  const code = body.error?.code;
  const subcode = body.error?.error_subcode;
  const details = { status, code: code ?? 0, subcode: subcode ?? 0 };
  if (code === 190 || code === 102)
    return new AppError('platform_token_expired', 'The Page access token is not valid', details);
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) {
    const minutes = usageOf(headers).regainMinutes;
    return new AppError('platform_rate_limited', 'Meta rate limit reached', {
      ...details,
      ...(minutes ? { retryInMs: minutes * 60_000 } : {}),
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
  if (status >= 500 || code === 1 || code === 2) return serverFailed('Meta', details);
  return new AppError('platform_error', 'Meta refused the reply', details);
}

/**
 * The Graph API as Svarsvakten uses it: replies to Page comments (`POST /{comment-id}/comments`) and Instagram
 * comments (`POST /{ig-comment-id}/replies`), Messenger answers (`POST /{page-id}/messages`), and hiding
 * (`POST /{comment-id}` with `is_hidden`, or `hide` on Instagram) or deleting comments.
 */
export class MetaGraphPublisher implements ReplyPublisher, PlatformModerator, MentionDetails {
  constructor(private readonly options: MetaGraphOptions) {}

  private async call(
    comment: Pick<StoredComment, 'platform' | 'accountId'>,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: object,
  ) {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No access token for the account');
    const target = `${this.options.graphUrl}/${this.options.graphVersion}/${path}`;
    let response: Response;
    try {
      response = await fetch(target, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unreachable('Meta', error);
    }
    const answer = (await response.json().catch(() => ({}))) as GraphErrorBody & Record<string, unknown>;
    if (!response.ok || answer.error) throw graphError(response.status, answer, response.headers);
    return answer;
  }

  async publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    if (comment.platform === 'messenger') {
      const window = messengerWindow(comment.writtenAt, this.options.clock.now());
      if (window === 'closed') {
        throw new AppError(
          'messenger_window_closed',
          'More than 7 days since the message: Messenger takes no answer',
        );
      }
      // An Instagram direct message is answered through the Page the account's token belongs to (`me`).
      const inbox = comment.origin === 'instagram_direct' ? 'me' : encodeURIComponent(comment.accountId);
      const answer = await this.call(comment, 'POST', `${inbox}/messages`, {
        recipient: { id: comment.authorId },
        ...(window === 'response'
          ? { messaging_type: 'RESPONSE' }
          : { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' }),
        message: { text: signedText },
      });
      if (typeof answer.message_id !== 'string')
        throw new AppError('platform_error', 'Meta answered without a message id');
      return { replyId: answer.message_id };
    }
    if (comment.platform === 'instagram' && comment.origin === 'mention') {
      // A mention is answered on the account's own mentions edge, naming the media and the comment.
      const answer = await this.call(comment, 'POST', `${encodeURIComponent(comment.accountId)}/mentions`, {
        media_id: comment.postId,
        comment_id: comment.commentId,
        message: signedText,
      });
      if (typeof answer.id !== 'string')
        throw new AppError('platform_error', 'Meta answered without a reply id');
      return { replyId: answer.id };
    }
    if (comment.platform === 'instagram') {
      // Instagram takes replies to top-level comments only; a reply to a reply is added under the top-level one.
      const target = comment.parentId ?? comment.commentId;
      const answer = await this.call(comment, 'POST', `${encodeURIComponent(target)}/replies`, {
        message: signedText,
      });
      if (typeof answer.id !== 'string')
        throw new AppError('platform_error', 'Meta answered without a reply id');
      return { replyId: answer.id };
    }
    const answer = await this.call(comment, 'POST', `${encodeURIComponent(comment.commentId)}/comments`, {
      message: signedText,
    });
    if (typeof answer.id !== 'string')
      throw new AppError('platform_error', 'Meta answered without a reply id');
    return { replyId: answer.id };
  }

  /**
   * The text, writer and link of an Instagram @mention (`GET /{ig-user-id}?fields=mentioned_comment.comment_id(…)`),
   * which the webhook does not carry. Whatever cannot be fetched leaves the mention as it came, marked.
   */
  async complete(comment: IncomingComment): Promise<IncomingComment> {
    if (comment.platform !== 'instagram' || comment.origin !== 'mention') return comment;
    try {
      const fields = `mentioned_comment.comment_id(${comment.commentId}){id,text,timestamp,username,media{id,permalink}}`;
      const answer = await this.call(
        comment,
        'GET',
        `${encodeURIComponent(comment.accountId)}?fields=${encodeURIComponent(fields)}`,
      );
      const mentioned = answer.mentioned_comment as
        | { text?: unknown; timestamp?: unknown; username?: unknown; media?: { permalink?: unknown } }
        | undefined;
      if (!mentioned || typeof mentioned.text !== 'string') return comment;
      const { textMissing: _missing, ...rest } = comment;
      const written = DateTime.fromISO(typeof mentioned.timestamp === 'string' ? mentioned.timestamp : '');
      const permalink = platformLinkOrNothing(
        typeof mentioned.media?.permalink === 'string' ? mentioned.media.permalink : undefined,
      );
      return {
        ...rest,
        text: mentioned.text,
        ...(typeof mentioned.username === 'string' && mentioned.username
          ? { authorName: `@${mentioned.username}` }
          : {}),
        ...(written.isValid ? { writtenAt: utcIso(written) } : {}),
        ...(permalink ? { permalink, postPermalink: permalink } : {}),
      };
    } catch {
      return comment;
    }
  }

  /**
   * The id of the Page's reply with exactly this text under the comment, if it is there: after a call that may have
   * published it. Messenger cannot be looked up this way (PlatformPublisher says it cannot tell).
   */
  async findReply(comment: StoredComment, signedText: string): Promise<string | undefined> {
    const instagram = comment.platform === 'instagram';
    const parent = instagram ? (comment.parentId ?? comment.commentId) : comment.commentId;
    const path = instagram
      ? `${encodeURIComponent(parent)}/replies?fields=id,text,from&limit=100`
      : `${encodeURIComponent(parent)}/comments?fields=id,message,from&limit=100&order=reverse_chronological`;
    const answer = await this.call(comment, 'GET', path);
    const replies = Array.isArray(answer.data) ? (answer.data as GraphReply[]) : [];
    const ours = replies.find(
      (reply) =>
        (instagram ? reply.text : reply.message) === signedText &&
        (reply.from?.id === undefined || reply.from.id === comment.accountId),
    );
    return typeof ours?.id === 'string' ? ours.id : undefined;
  }

  async hide(comment: StoredComment): Promise<void> {
    if (comment.platform === 'messenger') {
      throw new AppError('moderation_not_supported', 'Only comments can be hidden');
    }
    // Facebook hides with `is_hidden`, Instagram with `hide`.
    const body = comment.platform === 'instagram' ? { hide: true } : { is_hidden: true };
    await this.call(comment, 'POST', encodeURIComponent(comment.commentId), body);
  }

  async unhide(comment: StoredComment): Promise<void> {
    if (comment.platform === 'messenger') {
      throw new AppError('moderation_not_supported', 'Only comments can be hidden');
    }
    const body = comment.platform === 'instagram' ? { hide: false } : { is_hidden: false };
    await this.call(comment, 'POST', encodeURIComponent(comment.commentId), body);
  }

  async remove(comment: StoredComment): Promise<void> {
    if (comment.platform === 'messenger') {
      throw new AppError('moderation_not_supported', 'Only comments can be removed');
    }
    await this.call(comment, 'DELETE', encodeURIComponent(comment.commentId));
  }
}
