import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signLinkedInBody } from '../../bot/webhooks/linkedin/verify-linkedin-signature';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import { signXBody } from '../../bot/webhooks/x/verify-x-signature';
import type { PlannedComment, WeekPlatform } from './week-plan';

/**
 * Each planned comment as its platform delivers it: the recorded payloads of test/fixtures/platforms with the
 * ids, text and times replaced, signed as the platform signs them. YouTube is polled: its comment becomes a
 * thread in the list the fake API answers with.
 */
export const SECRETS = { meta: 'week-meta-secret', linkedin: 'week-linkedin-secret', x: 'week-x-secret' };

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures', 'platforms');
/** A recorded payload, changed in place: its shape is the platform's, and the bot under test checks it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>;
const fixture = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Payload;

export interface Delivery {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** The platform's own id of the comment, as the card's `commentKey` and the store name it. */
export function platformId(c: PlannedComment): string {
  switch (c.platform) {
    case 'facebook':
      return `${c.postId.split('_')[1]}_${900000000 + c.n}`;
    case 'instagram':
      return String(17990000000000000n + BigInt(c.n));
    case 'messenger':
      return `m_week${c.n}`;
    case 'x':
      return String(2130000000000000000n + BigInt(c.n));
    case 'linkedin':
      return `urn:li:comment:(${c.postId},${7600000000000000000n + BigInt(c.n)})`;
    case 'youtube':
      return `Ugweek${c.n}AaABAg`;
  }
}

/** What a comment that needs no answer says, as residents write them. */
const NO_ANSWER_TEXT = { emoji: '👏👏', thanks: 'Tack så mycket!', tag: '@anna.svensson' } as const;

const text = (c: PlannedComment) =>
  c.says ? NO_ANSWER_TEXT[c.says] : `Fråga ${c.n} till kommunen, skriven i veckan`;

function meta(body: unknown): Delivery {
  const raw = JSON.stringify(body);
  return {
    path: '/api/webhooks/meta',
    headers: { 'X-Hub-Signature-256': signMetaBody(raw, SECRETS.meta) },
    body: raw,
  };
}

export function deliveryOf(c: PlannedComment, writtenAtMs: number): Delivery | undefined {
  const seconds = Math.floor(writtenAtMs / 1000);
  const author = `Invånare ${c.n}`;
  switch (c.platform) {
    case 'facebook': {
      const body = fixture('facebook-feed-comment-add.json');
      const entry = body.entry[0];
      entry.id = c.accountId;
      entry.time = seconds;
      const value = entry.changes[0].value;
      Object.assign(value, {
        from: { id: String(8700000000000000 + c.n), name: author },
        post: { ...value.post, id: c.postId },
        post_id: c.postId,
        parent_id: c.postId,
        comment_id: platformId(c),
        message: text(c),
        created_time: seconds,
      });
      return meta(body);
    }
    case 'instagram': {
      const body = fixture('instagram-comment.json');
      const entry = body.entry[0];
      entry.id = c.accountId;
      entry.time = seconds;
      Object.assign(entry.changes[0].value, {
        from: { id: String(7400000000000000 + c.n), username: `invanare.${c.n}` },
        media: { id: c.postId, media_product_type: 'FEED' },
        id: platformId(c),
        text: text(c),
      });
      return meta(body);
    }
    case 'messenger': {
      const body = fixture('messenger-message.json');
      const entry = body.entry[0];
      entry.id = c.accountId;
      entry.time = writtenAtMs;
      Object.assign(entry.messaging[0], {
        sender: { id: String(7000000000000000 + c.n) },
        recipient: { id: c.accountId },
        timestamp: writtenAtMs,
        message: { mid: platformId(c), text: text(c) },
      });
      return meta(body);
    }
    case 'x': {
      const body = fixture('x-tweet-create-reply.json');
      const tweet = body.tweet_create_events[0];
      const words = `@NorrvikKommun ${text(c)}`;
      Object.assign(tweet, {
        id: Number(platformId(c)),
        id_str: platformId(c),
        text: words,
        display_text_range: [15, words.length],
        in_reply_to_status_id: Number(c.postId),
        in_reply_to_status_id_str: c.postId,
        created_at: new Date(writtenAtMs).toUTCString().replace('GMT', '+0000'),
        timestamp_ms: String(writtenAtMs),
        user: {
          ...tweet.user,
          id: 1600000000000000000 + c.n,
          id_str: String(1600000000000000000n + BigInt(c.n)),
          name: author,
        },
      });
      const raw = JSON.stringify(body);
      return {
        path: '/api/webhooks/x',
        headers: { 'X-Twitter-Webhooks-Signature': signXBody(raw, SECRETS.x) },
        body: raw,
      };
    }
    case 'linkedin': {
      const body = fixture('linkedin-comment-notification.json');
      const notification = body.notifications[0];
      Object.assign(notification, {
        lastModifiedAt: writtenAtMs,
        notificationId: 5000000000 + c.n,
        sourcePost: c.postId,
        generatedActivity: platformId(c),
        decoratedGeneratedActivity: {
          comment: {
            owner: `urn:li:person:week${c.n}`,
            text: text(c),
            entity: platformId(c),
            object: c.postId,
          },
        },
      });
      const raw = JSON.stringify(body);
      return {
        path: '/api/webhooks/linkedin',
        headers: { 'X-LI-Signature': signLinkedInBody(raw, SECRETS.linkedin) },
        body: raw,
      };
    }
    case 'youtube':
      return undefined;
  }
}

/** A YouTube comment thread as commentThreads.list gives it. */
export function youTubeThread(c: PlannedComment, writtenAtMs: number): Record<string, unknown> {
  const published = new Date(writtenAtMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const template = fixture('youtube-commentthreads-list.json').body.items[0];
  const { replies: _replies, ...thread } = template;
  const comment = {
    ...template.snippet.topLevelComment,
    id: platformId(c),
    snippet: {
      ...template.snippet.topLevelComment.snippet,
      videoId: c.postId,
      textDisplay: text(c),
      textOriginal: text(c),
      authorDisplayName: `@invanare${c.n}`,
      authorChannelId: { value: `UCweek${c.n}` },
      publishedAt: published,
      updatedAt: published,
    },
  };
  return {
    ...thread,
    id: platformId(c),
    snippet: { ...template.snippet, videoId: c.postId, topLevelComment: comment, totalReplyCount: 0 },
  };
}

/** The platforms that deliver by webhook. */
export const WEBHOOK_PLATFORMS: readonly WeekPlatform[] = [
  'facebook',
  'instagram',
  'messenger',
  'x',
  'linkedin',
];
