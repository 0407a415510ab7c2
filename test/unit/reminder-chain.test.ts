import assert from 'node:assert/strict';
import { chainOf, dueLink, type ReminderLink } from '../../services/domain/reminder-chain';

// A deadline at 12:00 planned the day before: 08:00 (4 h before, with the "Snart försenad" badge), 11:00 (1 h
// before), and at 12:00 the escalation and the "Försenad" badge.
const PLAN: ReminderLink[] = [
  { kind: 'before_deadline', dueAt: '2026-12-01T07:00:00.000Z' },
  { kind: 'badge', dueAt: '2026-12-01T07:00:00.000Z' },
  { kind: 'before_deadline', dueAt: '2026-12-01T10:00:00.000Z' },
  { kind: 'overdue', dueAt: '2026-12-01T11:00:00.000Z' },
  { kind: 'badge', dueAt: '2026-12-01T11:00:00.000Z' },
];
const said = (link: ReminderLink | undefined) => (link ? `${link.kind} ${link.dueAt.slice(11, 16)}` : 'end');

describe('a comment’s deadline reminders as one chained row', () => {
  it('stores the plan as its first reminder carrying the rest in order, and a lone reminder as itself', () => {
    const chain = chainOf(PLAN);
    assert.equal(said(chain), 'before_deadline 07:00');
    assert.deepEqual(chain?.then?.map(said), [
      'badge 07:00',
      'before_deadline 10:00',
      'overdue 11:00',
      'badge 11:00',
    ]);
    assert.deepEqual(chainOf(PLAN.slice(4)), PLAN[4]);
    assert.equal(chainOf([]), undefined);
  });

  it('walks the plan one reminder at a time, each in turn, with two due at one moment both acted on', () => {
    const walked: string[] = [];
    let row = chainOf(PLAN);
    for (const now of ['07:00', '07:00', '10:00', '11:00', '11:00']) {
      if (!row) break;
      const { current, next } = dueLink(row, `2026-12-01T${now}:00.000Z`);
      walked.push(said(current));
      row = next;
    }
    assert.deepEqual(walked, PLAN.map(said));
    assert.equal(row, undefined, 'the chain ends with the last');
  });

  it('after downtime acts on the latest reminder due and goes on from there, passing over the stale ones', () => {
    const { current, next } = dueLink(chainOf(PLAN)!, '2026-12-01T10:30:00.000Z');
    assert.equal(said(current), 'before_deadline 10:00', 'not the 08:00 reminder nor its badge');
    assert.equal(said(next), 'overdue 11:00');
    assert.deepEqual(next?.then?.map(said), ['badge 11:00']);
    const late = dueLink(chainOf(PLAN)!, '2026-12-02T09:00:00.000Z');
    assert.equal(said(late.current), 'overdue 11:00', 'the first of the two due last');
    assert.equal(said(late.next), 'badge 11:00');
  });

  it('does not act early on what is not due yet', () => {
    const { current, next } = dueLink(chainOf(PLAN)!, '2026-12-01T07:30:00.000Z');
    assert.equal(said(current), 'before_deadline 07:00');
    assert.equal(said(next), 'badge 07:00', 'the badge due at the same moment comes next, at once');
  });
});
