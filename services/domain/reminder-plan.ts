import type { DateTime } from 'luxon';
import { isWorkingDay, nextWorkingDay, ZONE, type CalendarPolicy } from './working-calendar';

/** When reminders may arrive, and when they are due (P3, P4, P6). Times of day are minutes after midnight. */
export interface ReminderPolicy extends CalendarPolicy {
  readonly officeStart: number;
  readonly officeEnd: number;
  /** Minutes before the deadline for the reminders that come before it (the deadline itself always escalates). */
  readonly beforeDeadline: readonly number[];
  /** Hours before the deadline when the card turns "Snart försenad". */
  readonly soonHours: number;
  /** Working mornings: follow-ups for holding replies and cases without a Platina reference. */
  readonly followUpTime: number;
  /** Working days: the daily overview in each routed channel. */
  readonly dailyOverviewTime: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  extraClosedDays: [],
  halfDaysClosed: false,
  officeStart: 8 * 60,
  officeEnd: 17 * 60,
  beforeDeadline: [240, 60],
  soonHours: 4,
  followUpTime: 9 * 60,
  dailyOverviewTime: 8 * 60 + 30,
};

export type ReminderKind =
  | 'before_deadline'
  | 'overdue'
  | 'badge'
  | 'follow_up'
  | 'platina'
  | 'daily_overview'
  | 'idle_nudge'
  | 'idle_release'
  | 'promise_escalation'
  | 'question_reminder';

export interface PlannedReminder {
  readonly kind: ReminderKind;
  readonly dueAt: DateTime;
}

function minuteOfDay(time: DateTime): number {
  return time.hour * 60 + time.minute + time.second / 60;
}

function atMinute(day: DateTime, minute: number): DateTime {
  return day.startOf('day').set({ hour: Math.floor(minute / 60), minute: minute % 60 });
}

/** Office hours: the configured span (both ends included) on a working day. */
export function isOfficeTime(time: DateTime, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): boolean {
  const local = time.setZone(ZONE);
  const minute = minuteOfDay(local);
  return isWorkingDay(local, policy) && minute >= policy.officeStart && minute <= policy.officeEnd;
}

/** The last office-hour moment at or before the time: itself, or the end of an earlier working day. */
export function lastOfficeMomentAtOrBefore(
  time: DateTime,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): DateTime {
  const local = time.setZone(ZONE);
  if (isOfficeTime(local, policy)) return local;
  let day = local.startOf('day');
  if (!(isWorkingDay(day, policy) && minuteOfDay(local) > policy.officeEnd)) {
    day = day.minus({ days: 1 });
    while (!isWorkingDay(day, policy)) day = day.minus({ days: 1 });
  }
  return atMinute(day, policy.officeEnd);
}

/** The next start of office hours after the time (the same day's, if it has not begun). */
export function nextOfficeStart(time: DateTime, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): DateTime {
  const local = time.setZone(ZONE);
  if (isWorkingDay(local, policy) && minuteOfDay(local) < policy.officeStart)
    return atMinute(local, policy.officeStart);
  return atMinute(nextWorkingDay(local, policy), policy.officeStart);
}

/** The next working day at the given time of day, strictly after `after`. */
export function nextWorkingMoment(
  after: DateTime,
  minute: number,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): DateTime {
  const local = after.setZone(ZONE);
  const today = atMinute(local, minute);
  if (isWorkingDay(local, policy) && today > local) return today;
  return atMinute(nextWorkingDay(local, policy), minute);
}

/**
 * The reminders for a comment's deadline. Reminders come only in office hours: one that would fall outside them
 * is moved earlier, to the last office-hour moment before it, while people can still act; where that moment has
 * already passed, it comes at the next office-hour start (if that is still before the deadline). The escalation
 * at the deadline is never earlier than the deadline: outside office hours it waits for the next office start.
 * The card's badge changes at the exact moments ("Snart försenad", "Försenad"), office hours or not.
 */
export function planDeadlineReminders(
  deadline: DateTime,
  now: DateTime,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  for (const minutes of policy.beforeDeadline) {
    const ideal = deadline.minus({ minutes });
    let at = lastOfficeMomentAtOrBefore(ideal, policy);
    if (at <= now) {
      if (ideal <= now) continue;
      at = nextOfficeStart(now, policy);
      if (at >= deadline) continue;
    }
    if (!plan.some((p) => p.dueAt.toMillis() === at.toMillis()))
      plan.push({ kind: 'before_deadline', dueAt: at });
  }
  const escalation = isOfficeTime(deadline, policy) ? deadline : nextOfficeStart(deadline, policy);
  plan.push({ kind: 'overdue', dueAt: escalation });
  const soon = deadline.minus({ hours: policy.soonHours });
  if (soon > now) plan.push({ kind: 'badge', dueAt: soon });
  if (deadline > now) plan.push({ kind: 'badge', dueAt: deadline });
  return plan.sort((a, b) => a.dueAt.toMillis() - b.dueAt.toMillis());
}
