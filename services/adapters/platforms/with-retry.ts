import { isAppError } from '../../domain/app-error';

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  /** A platform asking for a longer wait than this is not waited for: the card says when to try again. */
  readonly maxWaitMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export const PUBLISH_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 400, maxWaitMs: 4000 };

/**
 * Retries a platform call that failed transiently (rate limited, 5xx, unreachable) with exponential backoff and
 * jitter, waiting what the platform asked for (Retry-After, rate-limit reset) where it said so — while a person
 * waits on the card, never longer than maxWaitMs.
 */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy = PUBLISH_RETRY): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = policy.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const transient =
        isAppError(error, 'platform_unavailable') || isAppError(error, 'platform_rate_limited');
      if (!transient || attempt >= policy.attempts) throw error;
      const asked = isAppError(error) ? Number(error.details.retryAfterMs ?? 0) : 0;
      const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + random());
      const wait = asked > 0 ? asked : backoff;
      if (wait > policy.maxWaitMs) throw error;
      await sleep(wait);
    }
  }
}
