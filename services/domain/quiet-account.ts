import { DateTime } from 'luxon';
import { officeHoursBetween } from './office-time';
import type { ReminderPolicy } from './reminder-plan';

/** How many comments an account must have had before its usual gap is known. */
export const QUIET_HISTORY_NEEDED = 20;
/** The most recent comments its usual gap is learnt from. */
export const QUIET_HISTORY_KEPT = 50;
/** An account is quiet after this many times its usual (90th-percentile) gap... */
export const QUIET_FACTOR = 3;
/** ...and never sooner than this many office hours. */
export const QUIET_FLOOR_HOURS = 2;

/**
 * After how many office hours without a comment an account counts as quiet: three times the gap (counted in
 * office hours) that nine in ten of its recent comments came within, at least two hours and at most the ceiling.
 * Undefined while its history is too short to say what is usual.
 */
export function quietAfterHours(
  written: readonly string[],
  policy: ReminderPolicy,
  ceilingHours: number,
): number | undefined {
  const times = written
    .map((iso) => DateTime.fromISO(iso, { zone: 'utc' }))
    .filter((time) => time.isValid)
    .sort((a, b) => a.toMillis() - b.toMillis());
  if (times.length < QUIET_HISTORY_NEEDED) return undefined;
  const gaps = times.slice(1).map((time, i) => officeHoursBetween(times[i]!, time, policy));
  gaps.sort((a, b) => a - b);
  const usual = gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.9))] ?? 0;
  return Math.min(ceilingHours, Math.max(QUIET_FLOOR_HOURS, usual * QUIET_FACTOR));
}
