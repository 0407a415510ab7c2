import type { IncomingEvent } from '../../../services/domain/comment';
import { epochIso, isObject } from '../read-json';

/**
 * Messenger (object "page", entry[].messaging[]) → our events. Echoes of the Page's own messages are left out;
 * the message id (mid) is the key that de-duplicates Meta's retries. Times are in milliseconds here.
 */
export function normaliseMetaMessaging(body: unknown): IncomingEvent[] {
  if (!isObject(body) || body.object !== 'page' || !Array.isArray(body.entry)) return [];
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
          authorId: senderId,
          authorName: '',
          text: typeof message.text === 'string' ? message.text : '(bilaga utan text)',
          writtenAt,
        },
      });
    }
  }
  return events;
}
