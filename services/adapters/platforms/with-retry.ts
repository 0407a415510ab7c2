import { AppError, isAppError } from '../../domain/app-error';
import { mayHaveTakenEffect } from './call-failure';
import { sleepOnTimers } from '../system-clock';

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
 * Looks on the platform for a reply that a failed call may have published: its id, undefined when it is certainly
 * not there. Throws when it cannot tell.
 */
export type FindPublished = () => Promise<string | undefined>;

/**
 * Publishes once. A call is tried again only where it certainly did not take effect: rate limited (429 and the
 * platforms' rate-limit codes) or refused before it was sent. After a failure that may have taken effect (a
 * timeout, a 5xx), the platform is checked for the reply first: found, it counts as published; certainly not
 * there, the call is tried again; with no way to tell, AppError 'platform_outcome_unknown' says so and a person
 * decides. Waits what the platform asked for, or an exponential, jittered delay — never longer than maxWaitMs.
 */
export async function publishOnce(
  platform: string,
  publish: () => Promise<{ replyId: string }>,
  findPublished: FindPublished | undefined,
  policy: RetryPolicy = PUBLISH_RETRY,
): Promise<{ replyId: string }> {
  const sleep = policy.sleep ?? sleepOnTimers;
  const random = policy.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    let failure: unknown;
    try {
      return await publish();
    } catch (error) {
      failure = error;
    }
    if (mayHaveTakenEffect(failure)) {
      const found = await checkPlatform(platform, findPublished);
      if (found) return { replyId: found };
      // Certainly not published: as safe to try again as a call refused before it was sent.
      failure = new AppError('platform_unavailable', 'Not published', { sent: 'no' });
    }
    const retryable =
      isAppError(failure, 'platform_rate_limited') ||
      (isAppError(failure, 'platform_unavailable') && failure.details.sent === 'no');
    if (!retryable || attempt >= policy.attempts) throw failure;
    const asked = isAppError(failure) ? Number(failure.details.retryAfterMs ?? 0) : 0;
    const wait = asked > 0 ? asked : policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + random());
    if (wait > policy.maxWaitMs) throw failure;
    await sleep(wait);
  }
}

async function checkPlatform(platform: string, find: FindPublished | undefined): Promise<string | undefined> {
  const unknown = new AppError('platform_outcome_unknown', 'Cannot tell whether the reply was published', {
    platform,
  });
  if (!find) throw unknown;
  try {
    return await find();
  } catch {
    throw unknown;
  }
}
