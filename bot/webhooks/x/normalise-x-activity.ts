import { DateTime } from 'luxon';
import { xPostLink } from '../../../services/domain/platform-links';
import type { IncomingComment, IncomingEvent, Media } from '../../../services/domain/comment';
import { utcIso } from '../../../services/domain/utc-iso';
import { epochIso, isObject, str, type Json } from '../read-json';

/** A tweet's photos, videos and GIFs (`extended_entities.media`, in the extended tweet for long ones). */
function mediaOf(tweet: Json, extended: Json): { media?: Media[] } {
  const entities = isObject(extended.extended_entities)
    ? extended.extended_entities
    : isObject(tweet.extended_entities)
      ? tweet.extended_entities
      : {};
  const media: Media[] = [];
  for (const item of Array.isArray(entities.media) ? entities.media : []) {
    if (!isObject(item)) continue;
    const kind = item.type === 'video' ? 'video' : item.type === 'animated_gif' ? 'gif' : 'photo';
    const url = str(item.media_url_https);
    media.push({ kind, ...(url ? { url } : {}) });
  }
  return media.length > 0 ? { media } : {};
}

/**
 * A v1.1 Tweet object (Account Activity API) → a comment to the account; the account's own tweet in reply to one
 * is its answer, and its other tweets are nothing to answer.
 */
function tweetToEvent(tweet: Json, accountId: string, receivedAt: string): IncomingEvent | undefined {
  const user = isObject(tweet.user) ? tweet.user : {};
  const id = str(tweet.id_str);
  const authorId = str(user.id_str) ?? '';
  if (!id || !authorId) return undefined;
  const extended = isObject(tweet.extended_tweet) ? tweet.extended_tweet : {};
  const text = str(extended.full_text) ?? str(tweet.full_text) ?? str(tweet.text) ?? '';
  const created = DateTime.fromFormat(str(tweet.created_at) ?? '', 'ccc LLL dd HH:mm:ss ZZZ yyyy', {
    zone: 'utc',
    locale: 'en',
  });
  const writtenAt =
    epochIso(tweet.timestamp_ms, 'milliseconds') ?? (created.isValid ? utcIso(created) : receivedAt);
  const screenName = str(user.screen_name) ?? '';
  const parentId = str(tweet.in_reply_to_status_id_str);
  if (authorId === accountId) {
    return parentId
      ? { kind: 'city_answer', key: { platform: 'x', commentId: parentId }, answerId: id, text, writtenAt }
      : undefined;
  }
  const comment: IncomingComment = {
    platform: 'x',
    commentId: id,
    accountId,
    postId: parentId ?? id,
    ...(parentId ? { parentId } : {}),
    ...(xPostLink(screenName, id) ? { permalink: xPostLink(screenName, id) ?? '' } : {}),
    authorId,
    authorName: screenName ? `${str(user.name) ?? screenName} (@${screenName})` : (str(user.name) ?? ''),
    text,
    writtenAt,
    ...mediaOf(tweet, extended),
  };
  return { kind: 'new', comment };
}

/**
 * X Account Activity API deliveries → our events: mentions and replies (tweet_create_events) become cards, the
 * account's own tweets do not; deletions (tweet_delete_events) mark the card.
 */
export function normaliseXActivity(body: unknown, receivedAt: string): IncomingEvent[] {
  if (!isObject(body)) return [];
  const accountId = str(body.for_user_id) ?? '';
  const events: IncomingEvent[] = [];
  for (const tweet of Array.isArray(body.tweet_create_events) ? body.tweet_create_events : []) {
    if (!isObject(tweet)) continue;
    const event = tweetToEvent(tweet, accountId, receivedAt);
    if (event) events.push(event);
  }
  for (const deletion of Array.isArray(body.tweet_delete_events) ? body.tweet_delete_events : []) {
    if (!isObject(deletion) || !isObject(deletion.status)) continue;
    const id = str(deletion.status.id);
    if (!id) continue;
    const at = epochIso(deletion.timestamp_ms, 'milliseconds') ?? receivedAt;
    events.push({ kind: 'removed', key: { platform: 'x', commentId: id }, at });
  }
  return events;
}
