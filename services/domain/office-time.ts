import type { DateTime } from 'luxon';
import { nextOfficeStart, type ReminderPolicy } from './reminder-plan';
import { nextWorkingDay, ZONE, isWorkingDay } from './working-calendar';

/** Counting time the way the office does: only office hours on working days count. */

function minuteOfDay(time: DateTime): number {
  return time.hour * 60 + time.minute + time.second / 60 + time.millisecond / 60_000;
}

/**
 * The moment `hours` office hours after `start`: an evening, a weekend or a holiday in between does not count.
 * From outside office hours the count starts at the next office start.
 */
export function addOfficeHours(start: DateTime, hours: number, policy: ReminderPolicy): DateTime {
  let at: DateTime = start.setZone(ZONE);
  let left = hours * 60;
  for (;;) {
    const minute = minuteOfDay(at);
    if (!isWorkingDay(at, policy) || minute >= policy.officeEnd) {
      at = nextOfficeStart(at, policy);
      continue;
    }
    if (minute < policy.officeStart) at = at.startOf('day').plus({ minutes: policy.officeStart });
    const untilClose = policy.officeEnd - minuteOfDay(at);
    if (left <= untilClose) return at.plus({ minutes: left });
    left -= untilClose;
    at = nextOfficeStart(at.startOf('day').plus({ minutes: policy.officeEnd }), policy);
  }
}

/** The given time of day on the working day `days` working days after `start`'s day. */
export function afterWorkingDays(
  start: DateTime,
  days: number,
  minute: number,
  policy: ReminderPolicy,
): DateTime {
  let day: DateTime = start.setZone(ZONE).startOf('day');
  for (let i = 0; i < days; i += 1) day = nextWorkingDay(day, policy);
  return day.plus({ minutes: minute });
}

/** The office hours between two moments (0 when `to` is not after `from`): evenings, weekends and holidays count none. */
export function officeHoursBetween(from: DateTime, to: DateTime, policy: ReminderPolicy): number {
  let minutes = 0;
  let day = from.setZone(ZONE).startOf('day');
  const end = to.setZone(ZONE);
  while (day <= end) {
    if (isWorkingDay(day, policy)) {
      const open = day.plus({ minutes: policy.officeStart });
      const close = day.plus({ minutes: policy.officeEnd });
      const start = from > open ? from : open;
      const stop = end < close ? end : close;
      if (stop > start) minutes += stop.diff(start, 'minutes').minutes;
    }
    day = day.plus({ days: 1 });
  }
  return minutes / 60;
}
