import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { sleepOnTimers } from '../../services/adapters/system-clock';
import type { Clock } from '../../services/ports/index';

/** Real time, until a test sets it: then that moment, moving on with real time. */
export class SettableClock implements Clock {
  private offsetMs = 0;

  /** Waiting and durations stay real (sinon's fake timers take them over where a test installs them). */
  readonly sleep = sleepOnTimers;

  monotonic(): number {
    return performance.now();
  }

  now(): DateTime {
    return DateTime.now().plus({ milliseconds: this.offsetMs }).setZone('Europe/Stockholm');
  }

  set(time: DateTime): void {
    this.offsetMs = time.toMillis() - Date.now();
  }
}
