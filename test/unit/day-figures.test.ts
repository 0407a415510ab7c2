import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { StoredComment } from '../../services/domain/comment';
import { countOf, figureDayOf } from '../../services/domain/figures/comment-count';
import { foldDay } from '../../services/domain/figures/day-totals';
import { statisticsOfDays } from '../../services/domain/figures/statistics-of-days';
import { newStoredComment } from '../../services/domain/new-comment';
import { queueCopy } from '../../services/app/overview/queue-copy';
import { ALEX, answered, inState } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';

const at = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Stockholm' });

function written(id: string, writtenAt: string): StoredComment {
  return newStoredComment(facebookComment(id, { writtenAt }), DateTime.fromISO(writtenAt));
}

describe('the overview’s figures of a day', () => {
  it('counts a comment in the Swedish day it was written, not the UTC one', () => {
    assert.equal(figureDayOf('2026-11-10T23:30:00.000Z'), '2026-11-11');
    assert.equal(figureDayOf('2026-07-10T21:59:00.000Z'), '2026-07-10');
  });

  it('keeps of a comment what the figures need and nothing its writer wrote', () => {
    const comment = written('d1', '2026-11-10T07:30:00.000Z');
    const count = countOf(comment);
    assert.equal(count.o, 'unsettled');
    assert.equal(count.d, comment.deadline);
    assert.equal(count.h, 8, '07:30 UTC is 08:30 in Stockholm');
    assert.doesNotMatch(JSON.stringify(count), /Anna|Kyrkogatan|7781/);
  });

  it('makes an unsettled comment broken once its deadline has passed, and counts a late answer as broken', () => {
    const open = written('d2', '2026-11-10T07:30:00.000Z');
    const late = {
      ...answered(written('d3', '2026-11-10T08:00:00.000Z'), '2026-11-12T08:00:00.000Z'),
      firstResponseAt: '2026-11-12T08:00:00.000Z',
    };
    const days = [
      { day: '2026-11-10', platform: 'facebook' as const, totals: foldDay([countOf(open), countOf(late)]) },
    ];
    const name = () => 'Malmö stad';
    const before = statisticsOfDays(days, at('2026-11-09T00:00'), at('2026-11-10T12:00'), name);
    assert.deepEqual(
      [before.total.kept, before.total.broken],
      [0, 1],
      'the open one is still within its deadline',
    );
    const after = statisticsOfDays(days, at('2026-11-09T00:00'), at('2026-11-20T12:00'), name);
    assert.deepEqual([after.total.kept, after.total.broken], [0, 2]);
    assert.equal(after.medianMinutesToFirstResponse, 2880, 'two days, in whole minutes');
  });

  it('keeps minutes to the minute within two hours, to five within a day and to half an hour beyond', () => {
    const counts = [17, 119, 122, 1437, 1460, 2000].map((m) => ({
      a: 'p',
      o: 'kept' as const,
      h: 9,
      x: 1,
      m,
      v: 0,
    }));
    assert.deepEqual(foldDay(counts).minutes, {
      '17': 1,
      '119': 1,
      '120': 1,
      '1435': 1,
      '1470': 1,
      '2010': 1,
    });
  });

  it('leaves out the days before the period', () => {
    const kept = {
      ...answered(written('d4', '2026-11-02T08:00:00.000Z'), '2026-11-02T09:00:00.000Z'),
      firstResponseAt: '2026-11-02T09:00:00.000Z',
    };
    const days = [{ day: '2026-11-02', platform: 'facebook' as const, totals: foldDay([countOf(kept)]) }];
    const stats = statisticsOfDays(days, at('2026-11-03T00:00'), at('2026-11-10T12:00'), () => 'x');
    assert.deepEqual([stats.total.kept, stats.perWeekday.reduce((a, b) => a + b, 0)], [0, 0]);
  });
});

describe('what the overview’s queue keeps of a comment', () => {
  const now = at('2026-11-20T12:00');

  it('keeps the first fourteen words, and no name, draft or text the city sent', () => {
    const comment = inState(
      { ...written('q1', '2026-11-20T08:00:00.000Z'), text: `${'ord '.repeat(30)}slut` },
      { state: 'claimed', holder: ALEX, draft: 'Hej Anna! Utkast.' },
    );
    const copy = queueCopy(comment, now);
    assert.equal(copy?.text, `${'ord '.repeat(14).trim()} …`);
    assert.equal(copy?.authorName, '');
    assert.doesNotMatch(JSON.stringify(copy), /Utkast|Anna Lindqvist/);
  });

  it('lists what is not closed and what was answered in the last week, not older answers or closed without one', () => {
    const base = written('q2', '2026-11-01T08:00:00.000Z');
    const answeredAt = (iso: string) => ({ ...answered(base, iso), firstResponseAt: iso });
    assert.ok(queueCopy(base, now), 'open');
    assert.ok(queueCopy(answeredAt('2026-11-15T08:00:00.000Z'), now), 'answered five days ago');
    assert.equal(queueCopy(answeredAt('2026-11-10T08:00:00.000Z'), now), undefined, 'answered ten days ago');
    const closed = inState(base, {
      state: 'no_reply',
      closure: { by: ALEX, at: '2026-11-19T08:00:00.000Z' },
    });
    assert.equal(queueCopy(closed, now), undefined);
  });
});
