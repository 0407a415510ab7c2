import type { YouTubeComment, GoogleError } from './youtube-shapes';
import { DateTime } from 'luxon';
import { youTubeVideoLink } from '../../domain/platform-links';
import { AppError, isAppError } from '../../domain/app-error';
import { serverFailed, unreachable } from './call-failure';
import type { IncomingComment, IncomingEvent, StoredComment } from '../../domain/comment';
import type { CommentSource, PollCursor, PollResult, ReplyPublisher, Clock } from '../../ports/index';
import { readAllReplies } from './youtube-replies';
import { utcIso } from '../../domain/utc-iso';

interface ThreadsPage {
  nextPageToken?: string;
  items?: {
    id: string;
    snippet: {
      channelId?: string;
      videoId?: string;
      topLevelComment: YouTubeComment;
      totalReplyCount?: number;
    };
    replies?: { comments?: YouTubeComment[] };
  }[];
}

/** Where the YouTube Data API is, and each channel's token. */
export interface YouTubeOptions {
  readonly apiUrl: string;
  readonly tokenFor: (comment: StoredComment) => Promise<string | undefined>;
  readonly clock: Pick<Clock, 'now'>;
  readonly timeoutMs?: number;
}

/** YouTube's daily quota resets at midnight Pacific time. */
export function nextQuotaReset(nowMs: number): string {
  return utcIso(DateTime.fromMillis(nowMs).setZone('America/Los_Angeles').plus({ days: 1 }).startOf('day'));
}

function reasonOf(body: GoogleError): string | undefined {
  return body.error?.errors?.[0]?.reason;
}

/** The AppError for a failed YouTube write; `what` names the refused call in the log. */
export function youTubeError(status: number, body: GoogleError, nowMs: number, what: string): AppError {
  const reason = reasonOf(body);
  if (reason === 'quotaExceeded') {
    return new AppError('platform_quota_exceeded', 'YouTube quota spent', { retryAt: nextQuotaReset(nowMs) });
  }
  if (status === 401) return new AppError('platform_token_expired', 'YouTube token expired or invalid');
  if (status === 404) return new AppError('platform_comment_deleted', 'The comment is gone');
  if (status === 403)
    return new AppError('platform_reply_not_allowed', `YouTube does not allow ${what}`, {
      reason: reason ?? '',
    });
  if (status >= 500) return serverFailed('YouTube', { status });
  return new AppError('platform_error', `YouTube refused ${what}`, { status });
}

function toComment(item: YouTubeComment, channelId: string, videoId: string): IncomingComment {
  const s = item.snippet;
  return {
    platform: 'youtube',
    commentId: item.id,
    accountId: channelId,
    postId: videoId,
    ...(s.parentId ? { parentId: s.parentId } : {}),
    ...(youTubeVideoLink(videoId) ? { postPermalink: youTubeVideoLink(videoId) ?? '' } : {}),
    ...(youTubeVideoLink(videoId, item.id) ? { permalink: youTubeVideoLink(videoId, item.id) ?? '' } : {}),
    authorId: s.authorChannelId?.value ?? '',
    authorName: s.authorDisplayName ?? '',
    text: s.textOriginal ?? s.textDisplay ?? '',
    writtenAt: s.publishedAt,
  };
}

/**
 * The YouTube Data API as Svarsvakten uses it. Comments: `commentThreads.list` with `allThreadsRelatedToChannelId`
 * and `order=time` (1 quota unit a page), newest first, read until the stored watermark (the newest time seen); a
 * thread with more replies than it brings inline is completed with `comments.list` (1 unit a page), and each poll
 * counts the units it spent. The channel's own top-level comments are left out, its replies count as its answers;
 * a comment edited since the last poll updates its card. When the quota runs out part-way, the watermark stays and
 * the next poll after the reset goes on from the page not yet read. Replies:
 * `comments.insert` with `snippet.parentId` (50 units), always under the top-level comment. When the day's quota
 * is spent, polling pauses until the quota resets at Pacific midnight.
 */
export class YouTubeApi implements CommentSource, ReplyPublisher {
  constructor(private readonly options: YouTubeOptions) {}

  async fetchNew(channelId: string, token: string, cursor: PollCursor): Promise<PollResult> {
    const watermark = cursor.watermark;
    const events: IncomingEvent[] = [];
    let newest = [watermark, cursor.resume?.target].reduce<string | undefined>(
      (a, b) => (b && (!a || b > a) ? b : a),
      undefined,
    );
    let units = 0;
    let resumed = Boolean(cursor.resume?.pageToken);
    let pageToken = cursor.resume?.pageToken || undefined;
    const paused = (): PollResult => ({
      events,
      ...(newest ? { resume: { since: watermark ?? '', pageToken: pageToken ?? '', target: newest } } : {}),
      pauseUntil: nextQuotaReset(this.options.clock.now().toMillis()),
      pauseReason: 'quota_exceeded',
      quotaUnits: units,
    });
    for (;;) {
      const query = new URLSearchParams({
        part: 'snippet,replies',
        allThreadsRelatedToChannelId: channelId,
        order: 'time',
        maxResults: '100',
        textFormat: 'plainText',
        ...(pageToken ? { pageToken } : {}),
      });
      const response = await fetch(`${this.options.apiUrl}/youtube/v3/commentThreads?${query.toString()}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(15_000),
      });
      units += 1;
      const body = (await response.json().catch(() => ({}))) as ThreadsPage & GoogleError;
      if (response.status === 403 && reasonOf(body) === 'quotaExceeded') return paused();
      if (response.status === 400 && reasonOf(body) === 'invalidPageToken' && resumed) {
        // A page token kept over a pause that YouTube no longer takes: read again from the first page, towards the
        // same target (what was stored before is not stored twice).
        resumed = false;
        pageToken = undefined;
        continue;
      }
      if (response.status === 401)
        throw new AppError('platform_token_expired', 'YouTube token expired or invalid');
      if (!response.ok)
        throw new AppError('platform_unavailable', 'YouTube comments could not be read', {
          status: response.status,
        });
      let reachedWatermark = false;
      for (const thread of body.items ?? []) {
        const top = thread.snippet.topLevelComment;
        if (watermark && top.snippet.publishedAt <= watermark && (top.snippet.updatedAt ?? '') <= watermark)
          reachedWatermark = true;
        let replies = thread.replies?.comments ?? [];
        if ((thread.snippet.totalReplyCount ?? 0) > replies.length) {
          try {
            const all = await readAllReplies(this.options.apiUrl, token, top.id);
            units += all.units;
            replies = [...all.comments];
          } catch (error) {
            if (isAppError(error, 'platform_quota_exceeded')) {
              // This page is read again after the pause: what it gave so far is stored, and stored only once.
              units += Number(error.details.units ?? 0);
              return paused();
            }
            if (isAppError(error, 'platform_token_expired')) throw error;
            // One thread that cannot be read whole (removed, held for review) keeps its inline replies and does
            // not stop the channel's polling.
          }
        }
        for (const time of this.threadEvents(thread, replies, channelId, watermark, events))
          if (!newest || time > newest) newest = time;
      }
      pageToken = watermark && !reachedWatermark ? body.nextPageToken : undefined;
      if (!pageToken) return { events, ...(newest ? { watermark: newest } : {}), quotaUnits: units };
    }
  }

  /**
   * The events of one thread, its top-level comment and `replies`, newer than the watermark (or edited since);
   * returns the times seen, which move the watermark.
   */
  private threadEvents(
    thread: NonNullable<ThreadsPage['items']>[number],
    replies: readonly YouTubeComment[],
    channelId: string,
    watermark: string | undefined,
    events: IncomingEvent[],
  ): string[] {
    const videoId = thread.snippet.videoId ?? '';
    const top = thread.snippet.topLevelComment;
    const times: string[] = [];
    for (const comment of [top, ...replies]) {
      const s = comment.snippet;
      if (s.authorChannelId?.value === channelId) {
        // The channel's reply under a comment is its answer to it (or Svarsvakten's own, coming back).
        if (comment !== top && (!watermark || s.publishedAt > watermark)) {
          events.push({
            kind: 'city_answer',
            key: { platform: 'youtube', commentId: top.id },
            answerId: comment.id,
            text: s.textOriginal ?? '',
            writtenAt: s.publishedAt,
          });
        }
        continue;
      }
      if (!watermark || s.publishedAt > watermark)
        events.push({ kind: 'new', comment: toComment(comment, channelId, videoId) });
      else if (s.updatedAt && s.updatedAt > watermark && s.updatedAt > s.publishedAt) {
        events.push({
          kind: 'edited',
          key: { platform: 'youtube', commentId: comment.id },
          text: s.textOriginal ?? '',
          editedAt: s.updatedAt,
        });
      }
      times.push(s.publishedAt);
      if (s.updatedAt) times.push(s.updatedAt);
    }
    return times;
  }

  async publishReply(comment: StoredComment, signedText: string): Promise<{ replyId: string }> {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No YouTube token for the channel');
    let response: Response;
    try {
      response = await fetch(`${this.options.apiUrl}/youtube/v3/comments?part=snippet`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          snippet: { parentId: comment.parentId ?? comment.commentId, textOriginal: signedText },
        }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unreachable('YouTube', error);
    }
    const body = (await response.json().catch(() => ({}))) as GoogleError & { id?: unknown };
    if (!response.ok)
      throw youTubeError(response.status, body, this.options.clock.now().toMillis(), 'the reply');
    if (typeof body.id !== 'string')
      throw new AppError('platform_error', 'YouTube answered without a comment id');
    return { replyId: body.id };
  }

  /** The channel's reply with exactly this text under the thread, if it is there (comments.list by parentId). */
  async findReply(comment: StoredComment, signedText: string): Promise<string | undefined> {
    const token = await this.options.tokenFor(comment);
    if (!token) throw new AppError('account_not_configured', 'No YouTube token for the channel');
    const query = new URLSearchParams({
      part: 'snippet',
      parentId: comment.parentId ?? comment.commentId,
      maxResults: '100',
      textFormat: 'plainText',
    });
    let response: Response;
    try {
      response = await fetch(`${this.options.apiUrl}/youtube/v3/comments?${query.toString()}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unreachable('YouTube', error);
    }
    if (!response.ok) throw serverFailed('YouTube', { status: response.status });
    const body = (await response.json().catch(() => ({}))) as {
      items?: { id?: unknown; snippet?: { textOriginal?: unknown; authorChannelId?: { value?: unknown } } }[];
    };
    const ours = (body.items ?? []).find(
      (item) =>
        item.snippet?.textOriginal === signedText &&
        item.snippet.authorChannelId?.value === comment.accountId,
    );
    return typeof ours?.id === 'string' ? ours.id : undefined;
  }
}
