import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { StoredComment } from '../../services/domain/comment';
import { isReopened, joinConversation, summarise, withReply } from '../../services/domain/conversation';
import { newStoredComment } from '../../services/domain/new-comment';

import { answered } from '../support/comment-states';
function item(id: string, writtenAt: string, parentId?: string): StoredComment {
  return newStoredComment(
    {
      platform: 'instagram',
      commentId: id,
      accountId: '1',
      postId: 'media',
      ...(parentId ? { parentId } : {}),
      authorId: `u${id}`,
      authorName: `@u${id}`,
      text: `text ${id}`,
      writtenAt,
    },
    DateTime.fromISO(writtenAt),
  );
}

describe('a conversation', () => {
  const root = item('1', '2026-12-02T08:00:00.000Z');
  const early = item('2', '2026-12-02T08:10:00.000Z', '1');
  const late = item('3', '2026-12-02T10:00:00.000Z', '1');

  it('gives a reply the parent’s words and the city’s latest answer as its context', () => {
    const answeredRoot = {
      ...root,
      sent: [
        {
          kind: 'reply' as const,
          text: 'Hej! /Anna',
          by: { id: 'a', name: 'Anna', firstName: 'Anna' },
          at: '2026-12-02T09:00:00.000Z',
          platformReplyId: 'r',
        },
      ],
    };
    const joined = joinConversation(late, answeredRoot, answeredRoot);
    assert.deepEqual(joined.conversation, {
      rootId: '1',
      parentText: 'text 1',
      cityAnswer: { text: 'Hej! /Anna', at: '2026-12-02T09:00:00.000Z' },
    });
  });

  it('counts the replies waiting, each listed once', () => {
    const listed = withReply(withReply(withReply(root, early), late), early);
    assert.deepEqual(listed.thread?.replyIds, ['2', '3']);
    const answeredEarly = answered(
      { ...early, firstResponseAt: '2026-12-02T08:30:00.000Z' },
      '2026-12-02T08:30:00.000Z',
    );
    const thread = summarise(listed, [answeredEarly, late]);
    assert.deepEqual(thread, {
      replyIds: ['2', '3'],
      replies: 2,
      unanswered: 1,
      latestWaitingAt: late.writtenAt,
    });
  });

  it('is open again only when a reply written after the answer waits', () => {
    const at = '2026-12-02T09:00:00.000Z';
    const rootAnswered = answered({ ...root, firstResponseAt: at }, at);
    const threadOf = (reply: StoredComment, seen: StoredComment) =>
      summarise(withReply(rootAnswered, reply), [seen]);
    assert.equal(isReopened({ ...rootAnswered, thread: threadOf(early, early) }), false);
    assert.equal(isReopened({ ...rootAnswered, thread: threadOf(late, late) }), true);
    const later = '2026-12-02T10:30:00.000Z';
    const settled = answered({ ...late, firstResponseAt: later }, later);
    assert.equal(isReopened({ ...rootAnswered, thread: threadOf(late, settled) }), false);
  });
});
