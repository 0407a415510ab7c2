import { DateTime } from 'luxon';
import { xPostLink } from '../../../services/domain/platform-links';
import type { IncomingComment, IncomingEvent } from '../../../services/domain/comment';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A v1.1 Tweet object (Account Activity API) → a comment to the account, or undefined for the account's own. */
export function tweetToComment(tweet: Json, accountId: string): IncomingComment | undefined {
  const user = isObject(tweet.user) ? tweet.user : {};
  const id = str(tweet.id_str);
  const authorId = str(user.id_str) ?? '';
  if (!id || !authorId || authorId === accountId) return undefined;
  const extended = isObject(tweet.extended_tweet) ? tweet.extended_tweet : {};
  const text = str(extended.full_text) ?? str(tweet.full_text) ?? str(tweet.text) ?? '';
  const millis = Number(tweet.timestamp_ms);
  const created =
    Number.isFinite(millis) && millis > 0
      ? DateTime.fromMillis(millis, { zone: 'utc' })
      : DateTime.fromFormat(str(tweet.created_at) ?? '', 'ccc LLL dd HH:mm:ss ZZZ yyyy', {
          zone: 'utc',
          locale: 'en',
        });
  const screenName = str(user.screen_name) ?? '';
  const parentId = str(tweet.in_reply_to_status_id_str);
  return {
    platform: 'x',
    commentId: id,
    accountId,
    postId: parentId ?? id,
    ...(parentId ? { parentId } : {}),
    ...(xPostLink(screenName, id) ? { permalink: xPostLink(screenName, id) ?? '' } : {}),
    authorId,
    authorName: screenName ? `${str(user.name) ?? screenName} (@${screenName})` : (str(user.name) ?? ''),
    text,
    writtenAt: (created.isValid ? created : DateTime.utc()).toISO() ?? '',
  };
}

/**
 * X Account Activity API deliveries → our events: mentions and replies (tweet_create_events) become cards, the
 * account's own tweets do not; deletions (tweet_delete_events) mark the card.
 */
export function normaliseXActivity(body: unknown): IncomingEvent[] {
  if (!isObject(body)) return [];
  const accountId = str(body.for_user_id) ?? '';
  const events: IncomingEvent[] = [];
  for (const tweet of Array.isArray(body.tweet_create_events) ? body.tweet_create_events : []) {
    if (!isObject(tweet)) continue;
    const comment = tweetToComment(tweet, accountId);
    if (comment) events.push({ kind: 'new', comment });
  }
  for (const deletion of Array.isArray(body.tweet_delete_events) ? body.tweet_delete_events : []) {
    if (!isObject(deletion) || !isObject(deletion.status)) continue;
    const id = str(deletion.status.id);
    const millis = Number(deletion.timestamp_ms);
    if (!id) continue;
    const at = Number.isFinite(millis) ? DateTime.fromMillis(millis, { zone: 'utc' }) : DateTime.utc();
    events.push({ kind: 'removed', key: { platform: 'x', commentId: id }, at: at.toISO() ?? '' });
  }
  return events;
}
