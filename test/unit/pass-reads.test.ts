import assert from 'node:assert/strict';
import { passReads } from '../../services/app/reminders/pass-reads';
import { AppError } from '../../services/domain/app-error';

describe('the lists one sweep pass addresses its reminders from', () => {
  it('reads who is away, the staff and each channel’s duty once a pass, and again at the next', async () => {
    const reads: string[] = [];
    let awayFails = true;
    const stores = {
      duty: {
        list: async (channel: string) => {
          reads.push(`duty ${channel}`);
          return [{ id: `on-duty-${channel}`, name: 'Hanna' }];
        },
      },
      away: {
        list: async () => {
          reads.push('away');
          if (awayFails) throw new AppError('storage_unavailable', 'Table storage is unavailable');
          return [{ id: 'alex', name: 'Alex', since: '2026-12-07T08:00:00.000Z' }];
        },
      },
      staff: {
        list: async () => {
          reads.push('staff');
          return [];
        },
      },
    };
    const pass = passReads(stores);
    await assert.rejects(pass.away?.list() ?? Promise.resolve(), { code: 'storage_unavailable' });
    awayFails = false;
    for (let reminder = 0; reminder < 3; reminder += 1) {
      assert.deepEqual(
        (await pass.away?.list())?.map((a) => a.id),
        ['alex'],
      );
      await pass.staff?.list();
      assert.deepEqual(
        (await pass.duty.list('general')).map((p) => p.id),
        ['on-duty-general'],
      );
      await pass.duty.list('jobb');
    }
    assert.deepEqual(
      reads.sort(),
      ['away', 'away', 'duty general', 'duty jobb', 'staff'],
      'a failed read is tried again',
    );

    const next = passReads(stores);
    await next.away?.list();
    assert.equal(reads.filter((r) => r === 'away').length, 3, 'the next pass reads again');
  });
});
