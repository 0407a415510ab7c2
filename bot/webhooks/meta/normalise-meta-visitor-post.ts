import type { IncomingEvent, Media } from '../../../services/domain/comment';
import { platformLinkOrNothing } from '../../../services/domain/platform-links';
import { epochIso, idText, type Json } from '../read-json';
import { editOrRemoval, feedAuthor } from './feed-fields';

/** What Meta calls a post in the Page's feed: a text post, a status, a photo or a video. */
const VISITOR_ITEMS = new Set(['post', 'status', 'photo', 'video']);

export function isVisitorPostItem(item: unknown): boolean {
  return typeof item === 'string' && VISITOR_ITEMS.has(item);
}

/**
 * A resident's own post on the Page (Meta's feed `item` post, status, photo or video by someone other than the Page)
 * is something to answer like a comment: its id is the post's, and a reply is a comment on it. The Page's own posts
 * are nothing to answer.
 */
export function normaliseVisitorPost(
  pageId: string,
  entryTime: string | undefined,
  value: Json,
): IncomingEvent | undefined {
  const postId = idText(value.post_id);
  if (!postId) return undefined;
  const author = feedAuthor(value);
  if (!author.id || author.id === pageId) return undefined;
  const at = entryTime ?? epochIso(value.created_time, 'seconds');
  if (!at) return undefined;
  const key = { platform: 'facebook' as const, commentId: postId };
  switch (value.verb) {
    case 'add': {
      const link = idText(value.link);
      const media: Media[] =
        link && (value.item === 'photo' || value.item === 'video')
          ? [{ kind: value.item === 'photo' ? 'photo' : 'video', url: link }]
          : [];
      const permalink = platformLinkOrNothing(idText(value.permalink_url));
      return {
        kind: 'new',
        comment: {
          ...key,
          accountId: pageId,
          postId,
          origin: 'visitor_post',
          ...(permalink ? { permalink, postPermalink: permalink } : {}),
          authorId: author.id,
          authorName: author.name,
          text: idText(value.message) ?? '',
          writtenAt: epochIso(value.created_time, 'seconds') ?? at,
          ...(media.length > 0 ? { media } : {}),
        },
      };
    }
    default:
      return editOrRemoval(value.verb, key, value, at);
  }
}
