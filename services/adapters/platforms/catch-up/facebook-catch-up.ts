import type { DateTime } from 'luxon';
import type { IncomingEvent, Media } from '../../../domain/comment';
import { platformLinkOrNothing } from '../../../domain/platform-links';
import { utcIso } from '../../../domain/utc-iso';
import type { CommentSource, PollCursor, PollResult } from '../../../ports/index';
import { CATCH_UP_BUDGET_PERCENT, catchUp, ownAnswer, type CatchUpOptions } from './catch-up-read';
import { GraphReader, graphTime, objectOf, textOf, type GraphObject } from './graph-reader';

/** The Page's posts looked at in one read: the newest, one page. */
export const FACEBOOK_POSTS_READ = 50;
/** Pages of 100 comments read under one post before the read moves on. */
export const FACEBOOK_COMMENT_PAGES = 10;

/** The photo or video a comment carries, as Graph's `attachment` gives it. */
function attachmentOf(comment: GraphObject): { media?: Media[] } {
  const attachment = objectOf(comment.attachment);
  const type = textOf(attachment.type) ?? '';
  const image = textOf(objectOf(objectOf(attachment.media).image).src);
  if (type.startsWith('video')) {
    const url = textOf(attachment.url) ?? image;
    return { media: [{ kind: 'video', ...(url ? { url } : {}) }] };
  }
  if (!image) return {};
  const kind = type === 'sticker' ? 'sticker' : type === 'animated_image_share' ? 'gif' : 'photo';
  return { media: [{ kind, url: image }] };
}

/** A comment as the webhook would have given it: a resident's new comment, or the Page's answer to one. */
function eventOf(pageId: string, post: GraphObject, comment: GraphObject): IncomingEvent | undefined {
  const commentId = textOf(comment.id);
  const written = graphTime(comment.created_time);
  const postId = textOf(post.id);
  if (!commentId || !written || !postId) return undefined;
  const from = objectOf(comment.from);
  const authorId = textOf(from.id) ?? '';
  const parentId = textOf(objectOf(comment.parent).id);
  const text = textOf(comment.message) ?? '';
  if (authorId === pageId) return ownAnswer('facebook', parentId, { id: commentId, text, written });
  const postPermalink = platformLinkOrNothing(textOf(post.permalink_url));
  const permalink = platformLinkOrNothing(textOf(comment.permalink_url));
  return {
    kind: 'new',
    comment: {
      platform: 'facebook',
      commentId,
      accountId: pageId,
      postId,
      ...(parentId && parentId !== postId ? { parentId } : {}),
      ...(postPermalink ? { postPermalink } : {}),
      ...(permalink ? { permalink } : {}),
      authorId,
      authorName: textOf(from.name) ?? '',
      text,
      writtenAt: utcIso(written),
      ...attachmentOf(comment),
    },
  };
}

/** The comments and replies under one post written since `since`, newest first, as far as they go back. */
async function readPost(
  reader: GraphReader,
  pageId: string,
  post: GraphObject,
  since: DateTime,
  found: IncomingEvent[],
): Promise<void> {
  const path = `${encodeURIComponent(textOf(post.id) ?? '')}/comments`;
  const query = {
    filter: 'stream',
    order: 'reverse_chronological',
    fields: 'id,message,created_time,from{id,name},parent{id},permalink_url,attachment',
    limit: '100',
  };
  await reader.each(path, query, FACEBOOK_COMMENT_PAGES, (comment) => {
    const written = graphTime(comment.created_time);
    if (written && written < since) return false;
    const event = eventOf(pageId, post, comment);
    if (event) found.push(event);
    return true;
  });
}

/**
 * Reads a Facebook Page back: its newest posts (`/{page-id}/published_posts`), and under each post active since the
 * last read (`updated_time`, which a new comment moves) its comments and replies (`filter=stream`), newest first,
 * back to the last read: one call a read, and one more for each post with new comments. Residents' own posts on
 * the Page are not read back.
 */
export class FacebookCatchUp implements CommentSource {
  constructor(private readonly options: CatchUpOptions) {}

  fetchNew(pageId: string, token: string, cursor: PollCursor): Promise<PollResult> {
    return catchUp(
      this.options,
      cursor,
      new GraphReader({ ...this.options, token, stopAtPercent: CATCH_UP_BUDGET_PERCENT }),
      async (reader, since, found) => {
        const body = await reader.get(`${encodeURIComponent(pageId)}/published_posts`, {
          fields: 'id,created_time,updated_time,permalink_url',
          limit: String(FACEBOOK_POSTS_READ),
        });
        for (const post of GraphReader.page(body).items) {
          const active = graphTime(post.updated_time) ?? graphTime(post.created_time);
          if (active && active < since) continue;
          await readPost(reader, pageId, post, since, found);
        }
      },
    );
  }
}
