import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { sleepOnTimers } from '../../services/adapters/system-clock';
import type { Clock } from '../../services/ports/index';

/** A clock the test sets and moves on purpose, in Stockholm time. */
export class TestClock implements Clock {
  private current: DateTime;

  constructor(localTime: string) {
    this.current = DateTime.fromISO(localTime, { zone: 'Europe/Stockholm' });
  }

  /** Waiting and durations stay real (sinon's fake timers take them over where a test installs them). */
  readonly sleep = sleepOnTimers;

  monotonic(): number {
    return performance.now();
  }

  now(): DateTime {
    return this.current;
  }

  set(localTime: string): void {
    this.current = DateTime.fromISO(localTime, { zone: 'Europe/Stockholm' });
  }
}
