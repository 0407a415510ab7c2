import Holidays from 'date-holidays';
import type { DateTime } from 'luxon';
import { HourlyOffsetZone } from './hourly-offset-zone';

/** The city's time: Europe/Stockholm, daylight saving included. */
export const ZONE = new HourlyOffsetZone('Europe/Stockholm');

/** Which days the city counts as working days (P3). */
export interface CalendarPolicy {
  /** Extra closed days the city decides (a klämdag), as yyyy-MM-dd. */
  readonly extraClosedDays: readonly string[];
  /** Whether trettondagsafton, valborgsmässoafton and allhelgonaafton (half days) count as closed. */
  readonly halfDaysClosed: boolean;
}

export const DEFAULT_CALENDAR: CalendarPolicy = { extraClosedDays: [], halfDaysClosed: false };

const swedishHolidays = new Holidays('SE');
const closedByYear = new Map<string, Set<string>>();

/**
 * Sweden's public holidays ("public") and the de facto closed days midsommarafton, julafton and nyårsafton
 * ("bank"), as date-holidays knows them; the half days ("optional") only when the policy says so.
 */
function closedDaysOf(year: number, halfDaysClosed: boolean): Set<string> {
  const cacheKey = `${year}:${halfDaysClosed}`;
  let days = closedByYear.get(cacheKey);
  if (!days) {
    days = new Set(
      swedishHolidays
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank' || (halfDaysClosed && h.type === 'optional'))
        .map((h) => h.date.slice(0, 10)),
    );
    closedByYear.set(cacheKey, days);
  }
  return days;
}

/** A working day: Monday to Friday, not a holiday, not a de facto closed day, not a day the city closed. */
export function isWorkingDay(time: DateTime, policy: CalendarPolicy = DEFAULT_CALENDAR): boolean {
  const local = time.setZone(ZONE);
  if (local.weekday > 5) return false;
  const day = local.toISODate() ?? '';
  if (policy.extraClosedDays.includes(day)) return false;
  return !closedDaysOf(local.year, policy.halfDaysClosed).has(day);
}

/** The start (00:00) of the first working day strictly after the given time's day. */
export function nextWorkingDay(time: DateTime, policy: CalendarPolicy = DEFAULT_CALENDAR): DateTime {
  let day = time.setZone(ZONE).startOf('day').plus({ days: 1 });
  while (!isWorkingDay(day, policy)) day = day.plus({ days: 1 });
  return day;
}
