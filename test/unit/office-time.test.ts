import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { addOfficeHours, afterWorkingDays } from '../../services/domain/office-time';
import { DEFAULT_REMINDER_POLICY } from '../../services/domain/reminder-plan';

const at = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Stockholm' });
const local = (time: DateTime) => time.setZone('Europe/Stockholm').toFormat("yyyy-MM-dd'T'HH:mm");

describe('counting office hours (idle claims, promises)', () => {
  const policy = DEFAULT_REMINDER_POLICY;

  it('counts two office hours within a day, and over the evening into the next working morning', () => {
    assert.equal(local(addOfficeHours(at('2026-11-17T09:15'), 2, policy)), '2026-11-17T11:15');
    assert.equal(local(addOfficeHours(at('2026-11-17T16:00'), 2, policy)), '2026-11-18T09:00');
  });

  it('does not count a weekend, or a claim made in the evening', () => {
    assert.equal(local(addOfficeHours(at('2026-11-20T16:30'), 2, policy)), '2026-11-23T09:30');
    assert.equal(local(addOfficeHours(at('2026-11-21T11:00'), 2, policy)), '2026-11-23T10:00');
    assert.equal(local(addOfficeHours(at('2026-11-17T21:00'), 2, policy)), '2026-11-18T10:00');
  });

  it('skips the Christmas holidays and a day the city closes', () => {
    // Wednesday 23 December 16:00: julafton, juldagen, annandag jul and the weekend do not count.
    assert.equal(local(addOfficeHours(at('2026-12-23T16:00'), 2, policy)), '2026-12-28T09:00');
    const closedMonday = { ...policy, extraClosedDays: ['2026-11-23'] };
    assert.equal(local(addOfficeHours(at('2026-11-20T16:30'), 2, closedMonday)), '2026-11-24T09:30');
  });

  it('finds the morning two working days on, over a weekend and over Easter', () => {
    assert.equal(local(afterWorkingDays(at('2026-11-19T14:00'), 2, 9 * 60, policy)), '2026-11-23T09:00');
    // Maundy Thursday 2 April 2026: Good Friday and Easter Monday are closed.
    assert.equal(local(afterWorkingDays(at('2026-04-02T14:00'), 2, 9 * 60, policy)), '2026-04-08T09:00');
  });
});
