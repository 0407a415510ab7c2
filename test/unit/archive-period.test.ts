import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { archivePeriod, endedArchivePeriod } from '../../services/domain/archive-period';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' });

describe('archiving periods', () => {
  it('are whole Swedish days, both ends included', () => {
    const period = archivePeriod('2026-07-01', '2026-12-31', at('2027-01-02T10:00'));
    assert.equal(period.startUtc, '2026-06-30T22:00:00.000Z', 'midnight in summer time');
    assert.equal(period.endUtc, '2026-12-31T23:00:00.000Z', 'the first instant of 1 January, winter time');
  });

  it('refuses a period that has not ended, runs backwards or is not a date', () => {
    const now = at('2026-12-02T10:00');
    assert.throws(() => archivePeriod('2026-11-01', '2026-12-02', now), { code: 'archive_period_open' });
    assert.throws(() => archivePeriod('2026-11-30', '2026-11-01', now), { code: 'archive_period_invalid' });
    assert.throws(() => archivePeriod('2026-11-31', '2026-11-30', now), { code: 'archive_period_invalid' });
    assert.throws(() => archivePeriod(undefined, '2026-11-30', now), { code: 'archive_period_invalid' });
  });

  it('end with each archiving month: the half-years by default, quarters when asked', () => {
    assert.deepEqual(endedArchivePeriod(at('2026-07-01T00:30'), [6, 12]), {
      from: '2026-01-01',
      to: '2026-06-30',
    });
    assert.deepEqual(endedArchivePeriod(at('2027-01-20T09:00'), [6, 12]), {
      from: '2026-07-01',
      to: '2026-12-31',
    });
    assert.equal(endedArchivePeriod(at('2026-12-02T09:00'), [6, 12]), undefined);
    assert.deepEqual(endedArchivePeriod(at('2026-04-01T09:00'), [3, 6, 9, 12]), {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    assert.deepEqual(endedArchivePeriod(at('2027-01-01T09:00'), [12]), {
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });
});
