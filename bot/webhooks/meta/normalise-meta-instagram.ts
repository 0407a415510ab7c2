import type { IncomingEvent } from '../../../services/domain/comment';
import { epochIso, isObject, str, type Json } from '../read-json';

/**
 * An @mention of the account in a comment on someone else's media (field "mentions"): Meta sends the ids only, the
 * text is fetched before it is stored (MentionDetails).
 */
function mentionOf(accountId: string, time: string, value: Json): IncomingEvent | undefined {
  const commentId = str(value.comment_id);
  const mediaId = str(value.media_id);
  if (!commentId || !mediaId) return undefined;
  return {
    kind: 'new',
    comment: {
      platform: 'instagram',
      commentId,
      accountId,
      postId: mediaId,
      origin: 'mention',
      authorId: '',
      authorName: '',
      text: '',
      textMissing: true,
      writtenAt: time,
    },
  };
}

/**
 * Instagram (object "instagram", field "comments") → our events. New comments and replies to comments become
 * cards; the account's own comments (its id as the author, or Meta's `self_ig_scoped_id`) do not. Meta sends no
 * time of writing for these: the delivery's time stands in for it.
 */
export function normaliseMetaInstagram(body: unknown, receivedAt: string): IncomingEvent[] {
  if (!isObject(body) || body.object !== 'instagram' || !Array.isArray(body.entry)) return [];
  const events: IncomingEvent[] = [];
  for (const entry of body.entry) {
    if (!isObject(entry) || !Array.isArray(entry.changes)) continue;
    const accountId = str(entry.id) ?? '';
    const time = epochIso(entry.time, 'seconds') ?? receivedAt;
    for (const change of entry.changes) {
      if (isObject(change) && change.field === 'mentions' && isObject(change.value)) {
        const mention = mentionOf(accountId, time, change.value);
        if (mention) events.push(mention);
        continue;
      }
      if (!isObject(change) || change.field !== 'comments' || !isObject(change.value)) continue;
      const value = change.value;
      const from = isObject(value.from) ? value.from : {};
      const commentId = str(value.id);
      const authorId = str(from.id) ?? '';
      if (!commentId) continue;
      const media = isObject(value.media) ? value.media : {};
      const parentId = str(value.parent_id);
      if (authorId === accountId || from.self_ig_scoped_id !== undefined) {
        // The account answering a comment; its own comment on its own media answers nobody.
        if (parentId) {
          events.push({
            kind: 'city_answer',
            key: { platform: 'instagram', commentId: parentId },
            answerId: commentId,
            text: str(value.text) ?? '',
            writtenAt: time,
          });
        }
        continue;
      }
      const username = str(from.username);
      events.push({
        kind: 'new',
        comment: {
          platform: 'instagram',
          commentId,
          accountId,
          postId: str(media.id) ?? '',
          ...(parentId ? { parentId } : {}),
          authorId,
          authorName: username ? `@${username}` : '',
          text: str(value.text) ?? '',
          writtenAt: time,
        },
      });
    }
  }
  return events;
}
