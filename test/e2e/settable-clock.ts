import { DateTime } from 'luxon';
import type { Clock } from '../../services/ports';

/** Real time, until a test sets it: then that moment, moving on with real time. */
export class SettableClock implements Clock {
  private offsetMs = 0;

  now(): DateTime {
    return DateTime.now().plus({ milliseconds: this.offsetMs }).setZone('Europe/Stockholm');
  }

  set(time: DateTime): void {
    this.offsetMs = time.toMillis() - Date.now();
  }
}
