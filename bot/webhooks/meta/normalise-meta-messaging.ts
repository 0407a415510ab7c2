import type { IncomingEvent, Media } from '../../../services/domain/comment';
import { epochIso, isObject, str, type Json } from '../read-json';

/** Messenger's attachments (image, video, audio, file; a sticker is an image with a sticker id) as media. */
function attachmentsOf(message: Json): { media?: Media[] } {
  const media: Media[] = [];
  for (const attachment of Array.isArray(message.attachments) ? message.attachments : []) {
    if (!isObject(attachment)) continue;
    const payload = isObject(attachment.payload) ? attachment.payload : {};
    const url = str(payload.url);
    const kind: Media['kind'] =
      attachment.type === 'image'
        ? payload.sticker_id !== undefined
          ? 'sticker'
          : url?.split('?')[0]?.toLowerCase().endsWith('.gif')
            ? 'gif'
            : 'photo'
        : attachment.type === 'video'
          ? 'video'
          : 'file';
    media.push({ kind, ...(url ? { url } : {}) });
  }
  return media.length > 0 ? { media } : {};
}

/**
 * Messenger (object "page", entry[].messaging[]) and Instagram Direct (object "instagram", the same shape, the
 * entry being the Instagram account) → our events. Both are Messenger items, the contact centre's; a direct message
 * is marked as one. Echoes of the account's own messages are left out; the message id (mid) is the key that
 * de-duplicates Meta's retries and the catch-up read. Times are in milliseconds here.
 */
export function normaliseMetaMessaging(body: unknown): IncomingEvent[] {
  if (!isObject(body) || !Array.isArray(body.entry)) return [];
  if (body.object !== 'page' && body.object !== 'instagram') return [];
  const direct = body.object === 'instagram';
  const events: IncomingEvent[] = [];
  for (const entry of body.entry) {
    if (!isObject(entry) || !Array.isArray(entry.messaging)) continue;
    const pageId = typeof entry.id === 'string' ? entry.id : '';
    for (const item of entry.messaging) {
      if (!isObject(item) || !isObject(item.message) || !isObject(item.sender)) continue;
      const message = item.message;
      if (message.is_echo === true || typeof message.mid !== 'string') continue;
      const senderId = typeof item.sender.id === 'string' ? item.sender.id : '';
      if (!senderId || senderId === pageId) continue;
      // Meta stamps every message, and every entry with its delivery time; a message with neither is not taken.
      const writtenAt = epochIso(item.timestamp, 'milliseconds') ?? epochIso(entry.time, 'milliseconds');
      if (!writtenAt) continue;
      events.push({
        kind: 'new',
        comment: {
          platform: 'messenger',
          commentId: message.mid,
          accountId: pageId,
          postId: '',
          ...(direct ? { origin: 'instagram_direct' as const } : {}),
          authorId: senderId,
          authorName: '',
          text: typeof message.text === 'string' ? message.text : '',
          writtenAt,
          ...attachmentsOf(message),
        },
      });
    }
  }
  return events;
}
