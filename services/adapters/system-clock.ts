import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { ZONE } from '../domain/working-calendar';
import type { Clock } from '../ports/index';

/** Waits `ms` on Node's timers; a background wait does not keep the process alive. */
export function sleepOnTimers(ms: number, options?: { readonly background?: boolean }): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (options?.background) timer.unref();
  });
}

export const systemClock: Clock = {
  now: () => DateTime.now().setZone(ZONE),
  monotonic: () => performance.now(),
  sleep: sleepOnTimers,
};
