import { AppError } from '../../domain/app-error';
import { xPostLink } from '../../domain/platform-links';
import type { IncomingComment, IncomingEvent } from '../../domain/comment';
import type { Clock, CommentSource, PollCursor, PollResult } from '../../ports/index';
import { utcIso } from '../../domain/utc-iso';

interface Mention {
  id: string;
  text: string;
  author_id?: string;
  created_at?: string;
  referenced_tweets?: { type: string; id: string }[];
}

interface MentionAuthor {
  id: string;
  username?: string;
  name?: string;
}

interface MentionsPage {
  data?: Mention[];
  includes?: { users?: MentionAuthor[] };
  meta?: { newest_id?: string; next_token?: string };
}

const FIELDS =
  'max_results=100&tweet.fields=created_at,author_id,referenced_tweets,conversation_id&expansions=author_id&user.fields=username,name';

/**
 * The account's mentions with X API v2 (`GET /2/users/{id}/mentions`), newer than the stored `since_id`,
 * following `next_token` to the last page; only then is the newest id the new watermark. When X says the window is
 * spent (429, or no calls remaining with pages still to read), polling pauses until `x-rate-limit-reset` and the
 * next poll goes on from the page not yet read, towards the same newest id. The first poll of an account takes
 * only the newest page.
 */
export class XMentionsSource implements CommentSource {
  constructor(
    private readonly apiUrl: string,
    private readonly clock: Clock,
  ) {}

  async fetchNew(accountId: string, token: string, cursor: PollCursor): Promise<PollResult> {
    const since = cursor.watermark;
    const events: IncomingEvent[] = [];
    let newest = cursor.resume?.target || undefined;
    let next = cursor.resume?.pageToken || undefined;
    for (;;) {
      const query = `${FIELDS}${since ? `&since_id=${since}` : ''}${next ? `&pagination_token=${next}` : ''}`;
      const response = await fetch(
        `${this.apiUrl}/2/users/${encodeURIComponent(accountId)}/mentions?${query}`,
        {
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(15_000),
        },
      );
      const reset = Number(response.headers.get('x-rate-limit-reset'));
      const pause = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : undefined;
      if (response.status === 429) {
        return {
          events,
          ...(newest ? { resume: { since: since ?? '', pageToken: next ?? '', target: newest } } : {}),
          pauseUntil: pause ?? utcIso(this.clock.now().plus({ minutes: 15 })),
          pauseReason: 'rate_limited',
        };
      }
      if (response.status === 401) throw new AppError('platform_token_expired', 'X token expired or invalid');
      if (response.status === 400 && next && cursor.resume?.pageToken === next) {
        // A page token kept over a pause that X no longer takes: read again from the first page, towards the same
        // target (what was stored before is not stored twice).
        next = undefined;
        continue;
      }
      if (!response.ok)
        throw new AppError('platform_unavailable', 'X mentions could not be read', {
          status: response.status,
        });
      const page = (await response.json()) as MentionsPage;
      newest ??= page.meta?.newest_id;
      const users = new Map((page.includes?.users ?? []).map((u) => [u.id, u]));
      for (const tweet of page.data ?? []) {
        if (!tweet.author_id || tweet.author_id === accountId) continue;
        events.push({ kind: 'new', comment: this.toComment(tweet, users.get(tweet.author_id), accountId) });
      }
      next = since ? page.meta?.next_token : undefined;
      if (response.headers.get('x-rate-limit-remaining') === '0' && pause) {
        if (next && newest) {
          return {
            events,
            resume: { since: since ?? '', pageToken: next, target: newest },
            pauseUntil: pause,
            pauseReason: 'rate_limited',
          };
        }
        const latest = newest ?? since;
        return {
          events,
          ...(latest ? { watermark: latest } : {}),
          pauseUntil: pause,
          pauseReason: 'rate_limited',
        };
      }
      if (!next) {
        const latest = newest ?? since;
        return { events, ...(latest ? { watermark: latest } : {}) };
      }
    }
  }

  private toComment(tweet: Mention, user: MentionAuthor | undefined, accountId: string): IncomingComment {
    const parentId = tweet.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
    const permalink = xPostLink(user?.username, tweet.id);
    return {
      platform: 'x',
      commentId: tweet.id,
      accountId,
      postId: parentId ?? tweet.id,
      ...(parentId ? { parentId } : {}),
      ...(permalink ? { permalink } : {}),
      authorId: tweet.author_id ?? '',
      authorName: user?.username ? `${user.name ?? user.username} (@${user.username})` : '',
      text: tweet.text,
      writtenAt: tweet.created_at ?? utcIso(this.clock.now()),
    };
  }
}
