import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { computeDeadline, DEFAULT_DEADLINE_POLICY } from '../../services/domain/deadline';

const written = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Stockholm' });
const due = (local: string, policy = DEFAULT_DEADLINE_POLICY) =>
  computeDeadline(written(local), policy).toFormat('yyyy-MM-dd HH:mm ZZZZ');

describe('computeDeadline (P3: 24 hours, or the next working day at 12:00)', () => {
  it('is 24 hours after the comment was written on a working day', () => {
    assert.equal(due('2026-11-24T09:15'), '2026-11-25 09:15 GMT+1');
  });

  it('moves a deadline on a Saturday or Sunday to Monday at 12:00 (written Friday 15:00)', () => {
    assert.equal(due('2026-11-27T15:00'), '2026-11-30 12:00 GMT+1');
    assert.equal(due('2026-11-28T22:00'), '2026-11-30 12:00 GMT+1');
  });

  it('skips julafton, juldagen, annandag jul and the weekend', () => {
    assert.equal(due('2026-12-23T10:00'), '2026-12-28 12:00 GMT+1');
  });

  it('skips nyårsafton and nyårsdagen across the year end', () => {
    assert.equal(due('2026-12-30T14:00'), '2027-01-04 12:00 GMT+1');
  });

  it('skips the Easter holidays: långfredagen to annandag påsk', () => {
    assert.equal(due('2026-04-02T09:00'), '2026-04-07 12:00 GMT+2');
  });

  it('skips Kristi himmelsfärdsdag, and a klämdag the city closes when configured', () => {
    assert.equal(due('2026-05-13T16:00'), '2026-05-15 12:00 GMT+2');
    assert.equal(
      due('2026-05-13T16:00', { ...DEFAULT_DEADLINE_POLICY, extraClosedDays: ['2026-05-15'] }),
      '2026-05-18 12:00 GMT+2',
    );
  });

  it('skips midsommarafton and midsommardagen', () => {
    assert.equal(due('2026-06-18T11:00'), '2026-06-22 12:00 GMT+2');
  });

  it('skips nationaldagen and första maj', () => {
    assert.equal(due('2026-06-05T08:00'), '2026-06-08 12:00 GMT+2');
    assert.equal(due('2026-04-30T13:00'), '2026-05-04 12:00 GMT+2');
  });

  it('counts the half days (valborgsmässoafton) as working days unless configured otherwise', () => {
    assert.equal(due('2026-04-29T10:00'), '2026-04-30 10:00 GMT+2');
    assert.equal(
      due('2026-04-29T10:00', { ...DEFAULT_DEADLINE_POLICY, halfDaysClosed: true }),
      '2026-05-04 12:00 GMT+2',
    );
  });

  it('counts 24 real hours across the change to summer time, and noon is local noon after it', () => {
    assert.equal(due('2026-03-29T01:30'), '2026-03-30 02:30 GMT+2');
    assert.equal(due('2026-03-27T10:00'), '2026-03-30 12:00 GMT+2');
  });

  it('counts 24 real hours across the change back to winter time', () => {
    assert.equal(due('2026-10-25T01:30'), '2026-10-26 00:30 GMT+1');
    assert.equal(due('2026-10-23T16:00'), '2026-10-26 12:00 GMT+1');
  });

  it('takes the hour on the next working day from the policy', () => {
    assert.equal(
      due('2026-11-27T15:00', { ...DEFAULT_DEADLINE_POLICY, nextWorkingDayHour: 10 }),
      '2026-11-30 10:00 GMT+1',
    );
  });
});
