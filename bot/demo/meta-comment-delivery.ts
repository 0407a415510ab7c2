import { randomInt } from 'node:crypto';

export interface DemoComment {
  readonly pageId: string;
  readonly author: string;
  readonly text: string;
  /** Unix seconds. */
  readonly writtenAt: number;
  readonly commentId?: string;
  readonly postId?: string;
  /** The comment it replies to; a comment on the post itself when not given. */
  readonly parentId?: string;
  /** Written by the Page itself (an answer from Business Suite), not by a resident. */
  readonly byPage?: boolean;
}

/** Meta signs the body with non-ASCII and "/" escaped; this gives the same bytes Meta would send. */
export function metaEscape(json: string): string {
  return json
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** A Page feed webhook body for one new comment (or reply, or Page answer), shaped and escaped as Meta sends it. */
export function metaCommentDelivery(comment: DemoComment): { body: string; commentId: string } {
  const postId = comment.postId ?? `${comment.pageId}_${randomInt(1e13, 9e13)}`;
  const commentId = comment.commentId ?? `${postId.split('_')[1]}_${randomInt(1e13, 9e13)}`;
  const body = {
    object: 'page',
    entry: [
      {
        id: comment.pageId,
        time: comment.writtenAt + 2,
        changes: [
          {
            field: 'feed',
            value: {
              from: comment.byPage
                ? { id: comment.pageId, name: comment.author }
                : { id: String(randomInt(1e13, 9e13)), name: comment.author },
              post: {
                status_type: 'added_photos',
                is_published: true,
                permalink_url: `https://www.facebook.com/malmostad/posts/${postId.split('_')[1]}`,
                id: postId,
              },
              message: comment.text,
              post_id: postId,
              comment_id: commentId,
              created_time: comment.writtenAt,
              item: 'comment',
              parent_id: comment.parentId ?? postId,
              verb: 'add',
            },
          },
        ],
      },
    ],
  };
  return { body: metaEscape(JSON.stringify(body)), commentId };
}
