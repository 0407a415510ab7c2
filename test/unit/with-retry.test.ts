import assert from 'node:assert/strict';
import { AppError } from '../../services/domain/app-error';
import { withRetry } from '../../services/adapters/platforms/with-retry';

function failing(errors: AppError[], result = 'ok') {
  let calls = 0;
  return {
    call: async () => {
      const error = errors[calls];
      calls += 1;
      if (error) throw error;
      return result;
    },
    calls: () => calls,
  };
}

describe('withRetry (publishing to a platform)', () => {
  const waits: number[] = [];
  const policy = {
    attempts: 3,
    baseDelayMs: 400,
    maxWaitMs: 4000,
    sleep: async (ms: number) => void waits.push(ms),
    random: () => 0.5,
  };
  beforeEach(() => waits.splice(0));

  it('retries an unavailable platform with exponential backoff, then succeeds', async () => {
    const target = failing([
      new AppError('platform_unavailable', 'down'),
      new AppError('platform_unavailable', 'down'),
    ]);
    assert.equal(await withRetry(target.call, policy), 'ok');
    assert.deepEqual(waits, [400, 800]);
  });

  it('waits what the platform asked for (Retry-After) when it is short enough', async () => {
    const target = failing([new AppError('platform_rate_limited', 'slow down', { retryAfterMs: 1500 })]);
    assert.equal(await withRetry(target.call, policy), 'ok');
    assert.deepEqual(waits, [1500]);
  });

  it('gives up at once when the platform asks for a longer wait than a person should sit through', async () => {
    const target = failing([new AppError('platform_rate_limited', 'later', { retryAfterMs: 600_000 })]);
    await assert.rejects(
      withRetry(target.call, policy),
      (e) => e instanceof AppError && e.code === 'platform_rate_limited',
    );
    assert.equal(target.calls(), 1);
  });

  it('never retries what retrying cannot fix, and stops after the last attempt', async () => {
    const expired = failing([new AppError('platform_token_expired', 'expired')]);
    await assert.rejects(withRetry(expired.call, policy));
    assert.equal(expired.calls(), 1);
    const down = failing([1, 2, 3].map(() => new AppError('platform_unavailable', 'down')));
    await assert.rejects(withRetry(down.call, policy));
    assert.equal(down.calls(), 3);
  });
});
