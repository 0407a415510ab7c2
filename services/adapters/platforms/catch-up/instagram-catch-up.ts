import type { DateTime } from 'luxon';
import type { IncomingEvent } from '../../../domain/comment';
import { platformLinkOrNothing } from '../../../domain/platform-links';
import { utcIso } from '../../../domain/utc-iso';
import type { CommentSource, PollCursor, PollResult } from '../../../ports/index';
import { CATCH_UP_BUDGET_PERCENT, catchUp, ownAnswer, type CatchUpOptions } from './catch-up-read';
import { GraphReader, graphTime, objectOf, textOf, type GraphObject } from './graph-reader';

/** The account's media looked at in one read: the newest, one page. */
export const INSTAGRAM_MEDIA_READ = 50;
/** Media older than this are not read back (Instagram lists no time of last comment to choose by). */
export const INSTAGRAM_MEDIA_DAYS = 30;
/** Pages of 50 comments read under one media before the read moves on. */
export const INSTAGRAM_COMMENT_PAGES = 5;

const COMMENT_FIELDS = 'id,text,timestamp,username,from{id,username}';

/** A comment or reply as the webhook would have given it: a resident's, or the account's answer to one. */
function eventOf(
  accountId: string,
  media: GraphObject,
  comment: GraphObject,
  parentId: string | undefined,
): IncomingEvent | undefined {
  const commentId = textOf(comment.id);
  const written = graphTime(comment.timestamp);
  const mediaId = textOf(media.id);
  if (!commentId || !written || !mediaId) return undefined;
  const from = objectOf(comment.from);
  const authorId = textOf(from.id) ?? '';
  const username = textOf(from.username) ?? textOf(comment.username);
  const text = textOf(comment.text) ?? '';
  if (authorId === accountId) return ownAnswer('instagram', parentId, { id: commentId, text, written });
  const postPermalink = platformLinkOrNothing(textOf(media.permalink));
  return {
    kind: 'new',
    comment: {
      platform: 'instagram',
      commentId,
      accountId,
      postId: mediaId,
      ...(parentId ? { parentId } : {}),
      ...(postPermalink ? { postPermalink } : {}),
      authorId,
      authorName: username ? `@${username}` : '',
      text,
      writtenAt: utcIso(written),
    },
  };
}

/** The comments under one media, with their replies, written since `since`. */
async function readMedia(
  reader: GraphReader,
  accountId: string,
  media: GraphObject,
  since: DateTime,
  found: IncomingEvent[],
): Promise<void> {
  const keep = (comment: GraphObject, parentId?: string) => {
    const written = graphTime(comment.timestamp);
    if (!written || written < since) return;
    const event = eventOf(accountId, media, comment, parentId);
    if (event) found.push(event);
  };
  const path = `${encodeURIComponent(textOf(media.id) ?? '')}/comments`;
  const query = { fields: `${COMMENT_FIELDS},replies{${COMMENT_FIELDS}}`, limit: '50' };
  await reader.each(path, query, INSTAGRAM_COMMENT_PAGES, async (comment) => {
    keep(comment);
    const parentId = textOf(comment.id);
    if (!parentId) return;
    const replies = objectOf(comment.replies);
    const first = GraphReader.page(replies);
    for (const reply of first.items) keep(reply, parentId);
    if (!first.after) return;
    await reader.each(
      `${encodeURIComponent(parentId)}/replies`,
      { fields: COMMENT_FIELDS, limit: '50', after: first.after },
      INSTAGRAM_COMMENT_PAGES,
      (reply) => keep(reply, parentId),
    );
  });
}

/**
 * Reads an Instagram professional account back: its media of the last 30 days that have comments
 * (`/{ig-user-id}/media`), and under each its comments and replies written since the last read. Instagram lists
 * comments in no promised order, so each such media is read whole: one call a read, and one more for each media
 * with comments (more for long threads).
 */
export class InstagramCatchUp implements CommentSource {
  constructor(private readonly options: CatchUpOptions) {}

  fetchNew(accountId: string, token: string, cursor: PollCursor): Promise<PollResult> {
    return catchUp(
      this.options,
      cursor,
      new GraphReader({ ...this.options, token, stopAtPercent: CATCH_UP_BUDGET_PERCENT }),
      async (reader, since, found) => {
        const oldest = this.options.clock.now().minus({ days: INSTAGRAM_MEDIA_DAYS });
        const body = await reader.get(`${encodeURIComponent(accountId)}/media`, {
          fields: 'id,timestamp,permalink,comments_count',
          limit: String(INSTAGRAM_MEDIA_READ),
        });
        for (const media of GraphReader.page(body).items) {
          const published = graphTime(media.timestamp);
          if (published && published < oldest) continue;
          if (media.comments_count === 0) continue;
          await readMedia(reader, accountId, media, since, found);
        }
      },
    );
  }
}
