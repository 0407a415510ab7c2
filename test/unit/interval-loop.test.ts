import assert from 'node:assert/strict';
import sinon from 'sinon';
import { IntervalLoop } from '../../bot/schedules/interval-loop';
import { AppError } from '../../services/domain/app-error';
import { RecordingLog } from '../app/use-case-world';

describe('a background job on its schedule', () => {
  let clock: sinon.SinonFakeTimers;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeEach(() => {
    clock = sinon.useFakeTimers();
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    clock.restore();
    process.off('unhandledRejection', onUnhandled);
  });

  it('logs a failing pass by event and runs again at its next time, with nothing left unhandled', async () => {
    const log = new RecordingLog();
    let passes = 0;
    const loop = new IntervalLoop(
      60_000,
      async () => {
        passes += 1;
        throw new AppError('storage_unavailable', 'Azure Table Storage did not answer');
      },
      { job: 'archive-reminder', log },
    );
    loop.start(true);
    await clock.tickAsync(60_000 * 2);
    await loop.stop();
    await clock.tickAsync(0);
    assert.equal(passes, 3);
    assert.deepEqual(log.events, ['job.failed', 'job.failed', 'job.failed']);
    assert.deepEqual(unhandled, []);
  });
});
