import { platformLinkOrNothing } from '../../../services/domain/platform-links';
import type { IncomingEvent, Media } from '../../../services/domain/comment';
import { isVisitorPostItem, normaliseVisitorPost } from './normalise-meta-visitor-post';
import { epochIso, idText, isObject, type Json } from '../read-json';
import { editOrRemoval, feedAuthor } from './feed-fields';

/**
 * Meta's Page webhook (object "page", field "feed") → our events. Meta batches several entries and changes in one
 * delivery; every comment change in them is read, and a resident's own post on the Page (normalise-meta-visitor-
 * post.ts). The Page's own comments under a comment are its answers; reactions and the Page's own posts are left out.
 */

function commentPermalink(postPermalink: string | undefined, commentId: string): string | undefined {
  const ownPart = commentId.split('_')[1];
  if (!postPermalink || !ownPart) return undefined;
  if (!/^\d+$/.test(ownPart)) return undefined;
  return `${postPermalink}${postPermalink.includes('?') ? '&' : '?'}comment_id=${ownPart}`;
}

/** The photo or video a comment carries (Meta sends its URL as `photo` or `video`). */
export function mediaOf(value: Json): { media?: Media[] } {
  const media: Media[] = [];
  const photo = idText(value.photo);
  const video = idText(value.video);
  if (photo) media.push({ kind: 'photo', url: photo });
  if (video) media.push({ kind: 'video', url: video });
  return media.length > 0 ? { media } : {};
}

function normaliseChange(
  pageId: string,
  entryTime: string | undefined,
  value: Json,
): IncomingEvent | undefined {
  if (isVisitorPostItem(value.item)) return normaliseVisitorPost(pageId, entryTime, value);
  if (value.item !== 'comment') return undefined;
  const commentId = idText(value.comment_id);
  if (!commentId) return undefined;
  const author = feedAuthor(value);
  const authorId = author.id;
  const key = { platform: 'facebook' as const, commentId };
  // Meta stamps every entry; a change with no time at all is not taken.
  const at = entryTime ?? epochIso(value.created_time, 'seconds');
  if (!at) return undefined;
  switch (value.verb) {
    case 'add': {
      const post = isObject(value.post) ? value.post : {};
      const postId = idText(value.post_id) ?? idText(post.id) ?? '';
      const parentId = idText(value.parent_id);
      if (authorId === pageId) {
        // The Page answering a comment (from Business Suite, or Svarsvakten's own reply coming back). Under a post
        // it answers the post, which is an item only when a resident wrote it (a visitor post); the Page writing on
        // its own post answers nobody, and the ingester finds no item for it.
        const answered = parentId ?? postId;
        if (!answered) return undefined;
        return {
          kind: 'city_answer',
          key: { platform: 'facebook', commentId: answered },
          answerId: commentId,
          text: idText(value.message) ?? '',
          writtenAt: epochIso(value.created_time, 'seconds') ?? at,
        };
      }
      const postPermalink = platformLinkOrNothing(idText(post.permalink_url));
      const permalink = commentPermalink(postPermalink, commentId);
      return {
        kind: 'new',
        comment: {
          ...key,
          accountId: pageId,
          postId,
          ...(parentId && parentId !== postId ? { parentId } : {}),
          ...(postPermalink ? { postPermalink } : {}),
          ...(permalink ? { permalink } : {}),
          authorId,
          authorName: author.name,
          text: idText(value.message) ?? '',
          writtenAt: epochIso(value.created_time, 'seconds') ?? at,
          ...mediaOf(value),
        },
      };
    }
    case 'hide':
      return { kind: 'hidden', key, at };
    case 'unhide':
      return { kind: 'unhidden', key, at };
    default:
      return editOrRemoval(value.verb, key, value, at);
  }
}

/** Returns the events in the delivery; a body that is not a Meta delivery at all gives none. */
export function normaliseMetaFeed(body: unknown): IncomingEvent[] {
  if (!isObject(body) || body.object !== 'page' || !Array.isArray(body.entry)) return [];
  const events: IncomingEvent[] = [];
  for (const entry of body.entry) {
    if (!isObject(entry) || !Array.isArray(entry.changes)) continue;
    const pageId = idText(entry.id) ?? '';
    const entryTime = epochIso(entry.time, 'seconds');
    for (const change of entry.changes) {
      if (!isObject(change) || change.field !== 'feed' || !isObject(change.value)) continue;
      const event = normaliseChange(pageId, entryTime, change.value);
      if (event) events.push(event);
    }
  }
  return events;
}
