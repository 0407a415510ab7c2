import { DateTime } from 'luxon';
import { AppError } from '../../../domain/app-error';
import type { IncomingEvent } from '../../../domain/comment';
import { firstWords } from '../../../domain/first-words';
import { linkedInPostLink } from '../../../domain/platform-links';
import { utcIso } from '../../../domain/utc-iso';
import type { CommentSource, PollCursor, PollResult } from '../../../ports/index';
import { serverFailed, unreachable } from '../call-failure';
import { catchUp, ownAnswer, type CatchUpOptions, type CountingReader } from './catch-up-read';
import { objectOf, textOf, type GraphObject } from './graph-reader';

/** The organization's posts looked at in one read: the most recently changed. */
export const LINKEDIN_POSTS_READ = 10;
/** Posts older than this are not read back. */
export const LINKEDIN_POST_DAYS = 14;
/** Comments read under one post or comment. */
export const LINKEDIN_COMMENTS_READ = 100;

const ORGANIZATION = 'urn:li:organization:';

/** The Community Management API with the versioned headers it requires, counting its calls. */
class LinkedInReader implements CountingReader {
  calls = 0;

  constructor(
    private readonly options: {
      readonly apiUrl: string;
      readonly version: string;
      readonly timeoutMs: number;
    },
    private readonly token: string,
  ) {}

  async get(path: string, query: Readonly<Record<string, string>>, finder = false): Promise<GraphObject> {
    const url = new URL(`${this.options.apiUrl}${path}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    this.calls += 1;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          Authorization: `Bearer ${this.token}`,
          'LinkedIn-Version': this.options.version,
          'X-Restli-Protocol-Version': '2.0.0',
          ...(finder ? { 'X-RestLi-Method': 'FINDER' } : {}),
        },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw unreachable('LinkedIn', error);
    }
    const body = objectOf(await response.json().catch(() => ({})));
    if (response.status === 401) throw new AppError('platform_token_expired', 'LinkedIn refused the token');
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after') ?? 0);
      throw new AppError('platform_rate_limited', 'LinkedIn throttled the read', {
        ...(seconds > 0 ? { retryInMs: seconds * 1000 } : {}),
      });
    }
    if (response.status >= 500) throw serverFailed('LinkedIn', { status: response.status });
    if (!response.ok) throw new AppError('platform_error', `LinkedIn answered ${response.status}`);
    return body;
  }
}

/** A comment as its webhook would have given it: a member's new comment, or the organization's answer to one. */
function eventOf(organizationId: string, post: GraphObject, comment: GraphObject): IncomingEvent | undefined {
  const commentId = textOf(comment.commentUrn) ?? textOf(comment.$URN);
  const created = objectOf(comment.created);
  const time =
    typeof created.time === 'number' ? DateTime.fromMillis(created.time, { zone: 'utc' }) : undefined;
  if (!commentId || !time?.isValid) return undefined;
  const actor = textOf(comment.actor) ?? '';
  const text = textOf(objectOf(comment.message).text) ?? '';
  const parentId = textOf(comment.parentComment);
  if (actor === `${ORGANIZATION}${organizationId}`)
    return ownAnswer('linkedin', parentId, { id: commentId, text, written: time });
  const postId = textOf(comment.object) ?? textOf(post.id) ?? '';
  const link = linkedInPostLink(postId);
  const commentary = textOf(post.commentary);
  return {
    kind: 'new',
    comment: {
      platform: 'linkedin',
      commentId,
      accountId: organizationId,
      postId,
      ...(parentId ? { parentId } : {}),
      ...(link ? { postPermalink: link } : {}),
      ...(commentary ? { postFirstWords: firstWords(commentary, 8) } : {}),
      authorId: actor,
      authorName: '',
      text,
      writtenAt: utcIso(time),
    },
  };
}

/**
 * Reads a LinkedIn organization back: its most recently changed posts of the last 14 days (`/rest/posts`, finder
 * `author`), and under each its comments (`/rest/socialActions/{post}/comments`) and the answers under those
 * that have any, written since the last read. One call a read, and one for each post and commented comment.
 */
export class LinkedInCatchUp implements CommentSource {
  constructor(
    private readonly options: CatchUpOptions & { readonly apiUrl: string; readonly version: string },
  ) {}

  fetchNew(organizationId: string, token: string, cursor: PollCursor): Promise<PollResult> {
    const reader = new LinkedInReader(this.options, token);
    return catchUp(this.options, cursor, reader, async (_reader, since, found) => {
      const oldest = this.options.clock.now().minus({ days: LINKEDIN_POST_DAYS }).toMillis();
      const posts = await reader.get(
        '/rest/posts',
        {
          q: 'author',
          author: `${ORGANIZATION}${organizationId}`,
          count: String(LINKEDIN_POSTS_READ),
          sortBy: 'LAST_MODIFIED',
        },
        true,
      );
      const list = (value: unknown) => (Array.isArray(value) ? value.map(objectOf) : []);
      const read = async (post: GraphObject, target: string, depth: number) => {
        const path = `/rest/socialActions/${encodeURIComponent(target)}/comments`;
        const page = await reader.get(path, { count: String(LINKEDIN_COMMENTS_READ) });
        for (const comment of list(page.elements)) {
          const created = objectOf(comment.created).time;
          if (typeof created === 'number' && created >= since.toMillis()) {
            const event = eventOf(organizationId, post, comment);
            if (event) found.push(event);
          }
          const answers = objectOf(comment.commentsSummary).aggregatedTotalComments;
          const id = textOf(comment.commentUrn) ?? textOf(comment.$URN);
          if (depth === 0 && id && typeof answers === 'number' && answers > 0) await read(post, id, 1);
        }
      };
      for (const post of list(posts.elements)) {
        const id = textOf(post.id);
        const created = typeof post.createdAt === 'number' ? post.createdAt : 0;
        if (!id || created < oldest) continue;
        await read(post, id, 0);
      }
    });
  }
}
