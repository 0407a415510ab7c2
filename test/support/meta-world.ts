import type { DateTime } from 'luxon';
import type { GraphStandIn } from '../fakes/meta-graph';

/** The Page, its Instagram account and their ids, as in test/fixtures/accounts-meta.json. */
export const PAGE_ID = '104857362918475';
export const INSTAGRAM_ID = '17841405822304914';

/** Something a resident wrote on Meta: its key, when it was written, and the webhook delivery Meta would send. */
export interface WrittenItem {
  readonly platform: 'facebook' | 'instagram' | 'messenger';
  readonly commentId: string;
  readonly writtenAt: DateTime;
  readonly delivery: Buffer;
}

type Listed = Record<string, unknown>;

/** Graph's own time format: `2026-11-10T09:05:00+0000`. */
const graphTime = (at: DateTime) => at.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ssZZZ");
const seconds = (at: DateTime) => Math.floor(at.toMillis() / 1000);

/**
 * What residents write on a Page, its Instagram account and their inboxes, kept twice as Meta keeps it: in the
 * lists the Graph API reads back (newest first, posts and conversations moved up by new activity) and as the
 * webhook delivery for each item. A test chooses which deliveries arrive.
 */
export class MetaWorld {
  private serial = 0;

  constructor(private readonly graph: GraphStandIn) {}

  private next(): number {
    this.serial += 1;
    return this.serial;
  }

  private list(key: string): Listed[] {
    const found = this.graph.lists.get(key) ?? [];
    this.graph.lists.set(key, found);
    return found;
  }

  /** A Page post (created if new) that `at` made active: Graph lists posts newest first, with `updated_time`. */
  private post(index: number, at: DateTime): Listed {
    const posts = this.list(`${PAGE_ID}/published_posts`);
    const id = `${PAGE_ID}_90000000000${index}`;
    let post = posts.find((p) => p.id === id);
    if (!post) {
      post = {
        id,
        created_time: graphTime(at.minus({ hours: 1 })),
        permalink_url: `https://www.facebook.com/norrvikskommun/posts/${index}`,
      };
      posts.unshift(post);
    }
    post.updated_time = graphTime(at);
    return post;
  }

  facebookComment(postIndex: number, at: DateTime, text: string, parentId?: string): WrittenItem {
    const post = this.post(postIndex, at);
    const postId = String(post.id);
    const commentId = `${postId.split('_')[1]}_${7000000000 + this.next()}`;
    const from = { id: `${8100000000 + this.serial}`, name: `Invånare ${this.serial}` };
    this.list(`${postId}/comments`).unshift({
      id: commentId,
      message: text,
      created_time: graphTime(at),
      from,
      ...(parentId ? { parent: { id: parentId } } : {}),
      permalink_url: `https://www.facebook.com/norrvikskommun/posts/${postIndex}?comment_id=${this.serial}`,
    });
    const delivery = {
      object: 'page',
      entry: [
        {
          id: PAGE_ID,
          time: seconds(at),
          changes: [
            {
              field: 'feed',
              value: {
                from,
                post: { id: postId, permalink_url: post.permalink_url },
                message: text,
                post_id: postId,
                comment_id: commentId,
                created_time: seconds(at),
                item: 'comment',
                parent_id: parentId ?? postId,
                verb: 'add',
              },
            },
          ],
        },
      ],
    };
    return {
      platform: 'facebook',
      commentId,
      writtenAt: at,
      delivery: Buffer.from(JSON.stringify(delivery)),
    };
  }

  instagramComment(mediaIndex: number, at: DateTime, text: string, parentId?: string): WrittenItem {
    const media = this.list(`${INSTAGRAM_ID}/media`);
    const mediaId = `1804759382610${mediaIndex}`;
    let item = media.find((m) => m.id === mediaId);
    if (!item) {
      item = {
        id: mediaId,
        timestamp: graphTime(at.minus({ days: 1 })),
        permalink: `https://www.instagram.com/p/M${mediaIndex}/`,
        comments_count: 0,
      };
      media.unshift(item);
    }
    item.comments_count = Number(item.comments_count) + 1;
    const commentId = `1798236451${9000000 + this.next()}`;
    const from = { id: `74518290${10000000 + this.serial}`, username: `invanare_${this.serial}` };
    const comment = { id: commentId, text, timestamp: graphTime(at), username: from.username, from };
    const comments = this.list(`${mediaId}/comments`);
    if (parentId) {
      const parent = comments.find((c) => c.id === parentId) as Listed & { replies?: { data: Listed[] } };
      if (!parent) throw new Error('no such comment to reply to');
      parent.replies = { data: [...(parent.replies?.data ?? []), comment] };
    } else {
      comments.push(comment);
    }
    const delivery = {
      object: 'instagram',
      entry: [
        {
          id: INSTAGRAM_ID,
          time: seconds(at),
          changes: [
            {
              field: 'comments',
              value: {
                from,
                media: { id: mediaId, media_product_type: 'FEED' },
                id: commentId,
                ...(parentId ? { parent_id: parentId } : {}),
                text,
              },
            },
          ],
        },
      ],
    };
    return {
      platform: 'instagram',
      commentId,
      writtenAt: at,
      delivery: Buffer.from(JSON.stringify(delivery)),
    };
  }

  /** A message to the Page's Messenger inbox, or (`instagram`) to the Instagram account's Direct inbox. */
  message(inbox: 'messenger' | 'instagram', sender: string, at: DateTime, text: string): WrittenItem {
    const owner = inbox === 'instagram' ? 'me' : PAGE_ID;
    const conversations = this.list(`${owner}/conversations?platform=${inbox}`);
    const conversationId = `t_${inbox}_${sender}`;
    const found = conversations.findIndex((c) => c.id === conversationId);
    if (found >= 0) conversations.splice(found, 1);
    conversations.unshift({ id: conversationId, updated_time: graphTime(at) });
    const mid = `m_${inbox}_${this.next()}`;
    this.list(`${conversationId}/messages`).unshift({
      id: mid,
      created_time: graphTime(at),
      from: { id: sender },
      message: text,
    });
    const delivery = {
      object: inbox === 'instagram' ? 'instagram' : 'page',
      entry: [
        {
          id: inbox === 'instagram' ? INSTAGRAM_ID : PAGE_ID,
          time: at.toMillis(),
          messaging: [
            {
              sender: { id: sender },
              recipient: { id: inbox === 'instagram' ? INSTAGRAM_ID : PAGE_ID },
              timestamp: at.toMillis(),
              message: { mid, text },
            },
          ],
        },
      ],
    };
    return {
      platform: 'messenger',
      commentId: mid,
      writtenAt: at,
      delivery: Buffer.from(JSON.stringify(delivery)),
    };
  }
}
