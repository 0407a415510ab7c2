import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { StoredComment } from '../../services/domain/comment';
import { isReopened, joinConversation, recount, standingOf } from '../../services/domain/conversation';
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

  it('counts a reply once, and its waiting as it starts and stops', () => {
    const waiting = { waiting: true, writtenAt: early.writtenAt };
    const done = { waiting: false, writtenAt: early.writtenAt };
    assert.deepEqual(recount({ replies: 0, unanswered: 0 }, undefined, waiting), {
      replies: 1,
      unanswered: 1,
    });
    assert.deepEqual(recount({ replies: 1, unanswered: 1 }, waiting, done), { replies: 1, unanswered: 0 });
    assert.deepEqual(recount({ replies: 1, unanswered: 0 }, done, waiting), { replies: 1, unanswered: 1 });
    assert.deepEqual(recount({ replies: 4, unanswered: 2 }, undefined, done), { replies: 5, unanswered: 2 });
    const answeredEarly = answered(
      { ...early, firstResponseAt: '2026-12-02T08:30:00.000Z' },
      '2026-12-02T08:30:00.000Z',
    );
    assert.deepEqual(standingOf(answeredEarly), done);
    assert.deepEqual(standingOf(early), waiting);
  });

  it('is open again only when a reply written after the answer waits', () => {
    const at = '2026-12-02T09:00:00.000Z';
    const rootAnswered = answered({ ...root, firstResponseAt: at }, at);
    const withThread = (unanswered: number, latestWaitingAt?: string) => ({
      ...rootAnswered,
      thread: { replies: 2, unanswered, ...(latestWaitingAt ? { latestWaitingAt } : {}) },
    });
    assert.equal(isReopened(withThread(1, early.writtenAt)), false);
    assert.equal(isReopened(withThread(1, late.writtenAt)), true);
    assert.equal(isReopened(withThread(0)), false);
  });
});
