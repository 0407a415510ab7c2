import type { DateTime } from 'luxon';
import {
  DEFAULT_CALENDAR,
  isWorkingDay,
  nextWorkingDay,
  ZONE,
  type CalendarPolicy,
} from './working-calendar';

/** P3: the answer deadline, on Swedish working time. */
export interface DeadlinePolicy extends CalendarPolicy {
  /** Hours from the moment the comment was written. */
  readonly answerWithinHours: number;
  /** When the deadline falls on a day that is not a working day: this hour of the next working day. */
  readonly nextWorkingDayHour: number;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  ...DEFAULT_CALENDAR,
  answerWithinHours: 24,
  nextWorkingDayHour: 12,
};

/**
 * due = written + 24 h. If that falls on a day that is not a working day (weekend, public holiday, midsommarafton,
 * julafton, nyårsafton, or a day the city closed), the deadline is the next working day at 12:00.
 * Europe/Stockholm time, daylight saving included; the start is when the comment was written on the platform.
 */
export function computeDeadline(
  writtenAt: DateTime,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): DateTime {
  const due = writtenAt.setZone(ZONE).plus({ hours: policy.answerWithinHours });
  if (isWorkingDay(due, policy)) return due;
  return nextWorkingDay(due, policy).set({
    hour: policy.nextWorkingDayHour,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
}
