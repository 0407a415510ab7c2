import assert from 'node:assert/strict';
import { AppError } from '../../services/domain/app-error';
import { publishOnce } from '../../services/adapters/platforms/with-retry';

/** A platform call that fails with the given errors, in order, then publishes. */
function platform(errors: AppError[]) {
  let calls = 0;
  return {
    publish: async () => {
      const error = errors[calls];
      calls += 1;
      if (error) throw error;
      return { replyId: `reply-${calls}` };
    },
    calls: () => calls,
  };
}

const refusedBeforeSending = () => new AppError('platform_unavailable', 'refused', { sent: 'no' });
const timedOut = () => new AppError('platform_unavailable', 'timeout', { sent: 'maybe' });
const serverError = () => new AppError('platform_unavailable', '502', { status: 502, sent: 'maybe' });

describe('publishOnce (a reply to a platform)', () => {
  const waits: number[] = [];
  const policy = {
    attempts: 3,
    baseDelayMs: 400,
    maxWaitMs: 4000,
    sleep: async (ms: number) => void waits.push(ms),
    random: () => 0.5,
  };
  beforeEach(() => waits.splice(0));

  it('tries again after a refusal that never reached the platform, with a growing delay', async () => {
    const target = platform([refusedBeforeSending(), refusedBeforeSending()]);
    assert.deepEqual(await publishOnce('Facebook', target.publish, undefined, policy), {
      replyId: 'reply-3',
    });
    assert.deepEqual(waits, [400, 800]);
  });

  it('waits what the platform asked for (Retry-After) when it is short enough', async () => {
    const target = platform([new AppError('platform_rate_limited', 'slow down', { retryAfterMs: 1500 })]);
    await publishOnce('Facebook', target.publish, undefined, policy);
    assert.deepEqual(waits, [1500]);
  });

  it('gives up at once when the platform asks for a longer wait than a person should sit through', async () => {
    const target = platform([new AppError('platform_rate_limited', 'later', { retryAfterMs: 600_000 })]);
    await assert.rejects(
      publishOnce('Facebook', target.publish, undefined, policy),
      (e) => e instanceof AppError && e.code === 'platform_rate_limited',
    );
    assert.equal(target.calls(), 1);
  });

  it('never retries what retrying cannot fix, and stops after the last attempt', async () => {
    const expired = platform([new AppError('platform_token_expired', 'expired')]);
    await assert.rejects(publishOnce('Facebook', expired.publish, undefined, policy));
    assert.equal(expired.calls(), 1);
    const down = platform([1, 2, 3].map(refusedBeforeSending));
    await assert.rejects(publishOnce('Facebook', down.publish, undefined, policy));
    assert.equal(down.calls(), 3);
  });

  it('after a timeout that did publish, finds the reply on the platform and posts nothing again', async () => {
    const target = platform([timedOut()]);
    const found = await publishOnce('Facebook', target.publish, async () => 'already-there', policy);
    assert.deepEqual(found, { replyId: 'already-there' });
    assert.equal(target.calls(), 1, 'published once');
  });

  it('after a 5xx that did not publish, checks first and then tries again', async () => {
    const target = platform([serverError()]);
    const checks: string[] = [];
    const result = await publishOnce(
      'Facebook',
      target.publish,
      async () => void checks.push('checked'),
      policy,
    );
    assert.deepEqual(result, { replyId: 'reply-2' });
    assert.deepEqual(checks, ['checked'], 'checked before the second call');
  });

  it('says it cannot tell, and tries nothing again, where the platform cannot be checked', async () => {
    for (const find of [undefined, async () => Promise.reject(new Error('listing failed'))]) {
      const target = platform([timedOut()]);
      await assert.rejects(
        publishOnce('X', target.publish, find, policy),
        (e) => e instanceof AppError && e.code === 'platform_outcome_unknown' && e.details.platform === 'X',
      );
      assert.equal(target.calls(), 1);
    }
  });
});
