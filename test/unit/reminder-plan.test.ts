import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  DEFAULT_REMINDER_POLICY,
  isOfficeTime,
  nextWorkingMoment,
  planDeadlineReminders,
} from '../../services/domain/reminder-plan';

const at = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Stockholm' });
const plan = (deadline: string, now: string) =>
  planDeadlineReminders(at(deadline), at(now)).map(
    (r) => `${r.kind} ${r.dueAt.setZone('Europe/Stockholm').toFormat('ccc dd HH:mm')}`,
  );

describe('reminder plan', () => {
  it('sends reminders 4 h and 1 h before and escalates at the deadline, all in office hours', () => {
    assert.deepEqual(plan('2026-12-01T12:00', '2026-11-30T12:00'), [
      'before_deadline Tue 01 08:00',
      'badge Tue 01 08:00',
      'before_deadline Tue 01 11:00',
      'overdue Tue 01 12:00',
      'badge Tue 01 12:00',
    ]);
  });

  it('moves a reminder outside office hours earlier, to the last office-hour moment, and escalates next morning', () => {
    assert.deepEqual(plan('2026-12-01T20:00', '2026-11-30T20:00'), [
      'before_deadline Tue 01 16:00',
      'badge Tue 01 16:00',
      'before_deadline Tue 01 17:00',
      'badge Tue 01 20:00',
      'overdue Wed 02 08:00',
    ]);
  });

  it('moves an early-morning deadline’s reminders to the previous working day’s close, once', () => {
    assert.deepEqual(
      plan('2026-12-01T07:30', '2026-11-30T07:30').filter((r) => r.startsWith('before')),
      ['before_deadline Mon 30 17:00'],
    );
  });

  it('looks past weekends and holidays for the last office-hour moment', () => {
    // Deadline Monday 28 Dec 07:00 (after Christmas): the last office moment before is Wednesday 23 Dec 17:00.
    assert.deepEqual(
      plan('2026-12-28T07:00', '2026-12-23T09:00').filter((r) => r.startsWith('before')),
      ['before_deadline Wed 23 17:00'],
    );
  });

  it('comes at the next office-hour start when the last office moment has already passed', () => {
    assert.deepEqual(
      plan('2026-12-01T10:00', '2026-11-30T17:30').filter((r) => r.startsWith('before')),
      ['before_deadline Tue 01 08:00', 'before_deadline Tue 01 09:00'],
    );
    assert.deepEqual(
      plan('2026-12-01T07:30', '2026-11-30T17:30').filter((r) => r.startsWith('before')),
      [],
    );
  });

  it('knows office hours: working days 08:00–17:00', () => {
    assert.equal(isOfficeTime(at('2026-11-30T08:00')), true);
    assert.equal(isOfficeTime(at('2026-11-30T17:01')), false);
    assert.equal(isOfficeTime(at('2026-11-28T10:00')), false);
    assert.equal(isOfficeTime(at('2026-12-24T10:00')), false);
  });

  it('finds the next working morning for follow-ups, skipping the weekend', () => {
    const next = nextWorkingMoment(at('2026-11-27T10:00'), DEFAULT_REMINDER_POLICY.followUpTime);
    assert.equal(next.toFormat('ccc dd HH:mm'), 'Mon 30 09:00');
    assert.equal(nextWorkingMoment(at('2026-11-30T07:00'), 9 * 60).toFormat('ccc dd HH:mm'), 'Mon 30 09:00');
  });
});
