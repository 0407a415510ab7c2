import { DateTime } from 'luxon';
import type { Clock } from '../../services/ports';

/** A clock the test sets and moves on purpose, in Stockholm time. */
export class TestClock implements Clock {
  private current: DateTime;

  constructor(localTime: string) {
    this.current = DateTime.fromISO(localTime, { zone: 'Europe/Stockholm' });
  }

  now(): DateTime {
    return this.current;
  }

  set(localTime: string): void {
    this.current = DateTime.fromISO(localTime, { zone: 'Europe/Stockholm' });
  }
}
