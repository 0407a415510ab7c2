import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { CommentFacts, StoredComment } from '../../services/domain/comment';
import type { Done } from '../../services/domain/workflow';
import { computeStatistics, conversationFigures, promiseOutcome } from '../../services/domain/statistics';
import { utcIso } from '../../services/domain/utc-iso';

const at = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Stockholm' });
const iso = (local: string) => utcIso(at(local));

function comment(
  written: string,
  deadline: string,
  extra: Partial<CommentFacts> & { closedAs?: Done['state'] } = {},
): StoredComment {
  const { closedAs, ...facts } = extra;
  return {
    platform: 'facebook',
    commentId: `c-${written}`,
    accountId: 'page-1',
    postId: 'p',
    authorId: 'a',
    authorName: 'A',
    text: 't',
    writtenAt: iso(written),
    receivedAt: iso(written),
    deadline: iso(deadline),
    platformStatus: 'visible',
    sent: [],
    recent: [],
    ...facts,
    ...(closedAs
      ? {
          state: closedAs,
          closure: { by: { id: 'alex', name: 'Alex', firstName: 'Alex' }, at: iso(written) },
        }
      : { state: 'open' as const }),
  };
}

describe('the 24-hour promise in figures', () => {
  const now = at('2026-11-20T12:00');

  it('counts a first response by the deadline as kept, a later one or none past the deadline as broken', () => {
    const kept = comment('2026-11-16T10:00', '2026-11-17T10:00', {
      firstResponseAt: iso('2026-11-17T09:59'),
    });
    const late = comment('2026-11-16T10:00', '2026-11-17T10:00', {
      firstResponseAt: iso('2026-11-17T10:01'),
    });
    const silent = comment('2026-11-18T10:00', '2026-11-19T10:00');
    const waiting = comment('2026-11-20T10:00', '2026-11-21T10:00');
    const spam = comment('2026-11-16T10:00', '2026-11-17T10:00', { closedAs: 'no_reply' });
    assert.deepEqual(
      [kept, late, silent, waiting, spam].map((c) => promiseOutcome(c, now)),
      ['kept', 'broken', 'broken', 'pending', 'not_needed'],
    );
  });

  it('gives every week of the period a row, per account shares, the median and the volumes in Swedish time', () => {
    const comments = [
      comment('2026-11-16T07:30', '2026-11-17T07:30', { firstResponseAt: iso('2026-11-16T08:30') }),
      comment('2026-11-17T23:30', '2026-11-18T23:30', { firstResponseAt: iso('2026-11-18T02:30') }),
      comment('2026-11-18T10:00', '2026-11-19T10:00', { accountId: 'page-2' }),
    ];
    const stats = computeStatistics(comments, at('2026-11-02T00:00'), now, (_platform, accountId) =>
      accountId === 'page-1' ? 'Malmö stad' : 'Jobba i Malmö',
    );
    assert.deepEqual(
      stats.perWeek.map((w) => [w.label, w.kept, w.broken]),
      [
        ['v. 45', 0, 0],
        ['v. 46', 0, 0],
        ['v. 47', 2, 1],
      ],
    );
    assert.equal(stats.perWeek[0]?.share, undefined, 'a week with nothing decided has no share');
    assert.deepEqual(
      stats.perAccount.map((a) => [a.label, a.share]),
      [
        ['Jobba i Malmö', 0],
        ['Malmö stad', 1],
      ],
    );
    assert.equal(stats.medianMinutesToFirstResponse, 120, 'median of 60 and 180 minutes');
    assert.deepEqual(stats.perWeekday, [1, 1, 1, 0, 0, 0, 0]);
    assert.equal(stats.perHour[7], 1, '07:30 Swedish time, 06:30 UTC');
    assert.equal(stats.perHour[23], 1);
    assert.deepEqual(stats.perPlatform, [{ platform: 'facebook', count: 3 }]);
  });
});

describe('conversation figures', () => {
  it('groups items into their conversations and counts the city’s answers in each', () => {
    const by = { id: 'a', name: 'Anna', firstName: 'Anna' };
    const sent = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        kind: 'reply' as const,
        text: 't',
        by,
        at: '',
        platformReplyId: `r${i}`,
      }));
    const item = (id: string, answers: number, rootId?: string, replies = 0) =>
      comment('2026-11-09T10:00', '2026-11-10T10:00', {
        commentId: id,
        sent: sent(answers),
        ...(rootId ? { conversation: { rootId } } : {}),
        ...(replies ? { thread: { replies, unanswered: 0 } } : {}),
      });
    const figures = conversationFigures([
      item('1', 1, undefined, 2),
      item('2', 1, '1'),
      item('3', 0, '1'),
      item('4', 1),
      item('5', 0),
    ]);
    assert.deepEqual(figures, { count: 3, withReplies: 1, medianExchanges: 1.5, mostExchanges: 2 });
  });
});
