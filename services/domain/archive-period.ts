import { DateTime } from 'luxon';
import { AppError } from './app-error';
import { ZONE } from './working-calendar';
import { utcIso } from './utc-iso';

/** A period to archive: whole days in Swedish time, both ends included. */
export interface ArchivePeriod {
  /** yyyy-MM-dd */
  readonly from: string;
  /** yyyy-MM-dd */
  readonly to: string;
  /** The first instant of `from`, UTC ISO. */
  readonly startUtc: string;
  /** The first instant after `to`, UTC ISO. */
  readonly endUtc: string;
}

/** Reads `from` and `to` (yyyy-MM-dd); refuses an unreadable date, a reversed period or one that has not ended. */
export function archivePeriod(
  from: string | undefined,
  to: string | undefined,
  now: DateTime,
  /** The longest period one package may cover, in months (one ARCHIVE_MONTHS period). */
  maxMonths = 12,
): ArchivePeriod {
  const start = DateTime.fromFormat(from ?? '', 'yyyy-MM-dd', { zone: ZONE });
  const last = DateTime.fromFormat(to ?? '', 'yyyy-MM-dd', { zone: ZONE });
  if (!start.isValid || !last.isValid) {
    throw new AppError('archive_period_invalid', 'The period needs from and to as yyyy-MM-dd');
  }
  if (last < start) throw new AppError('archive_period_invalid', 'The period ends before it starts');
  const end = last.plus({ days: 1 }).startOf('day');
  if (end > now) throw new AppError('archive_period_open', 'The period has not ended yet');
  if (end > start.plus({ months: maxMonths }))
    throw new AppError('archive_period_too_long', 'The period is longer than one archiving period', {
      months: maxMonths,
    });
  return {
    from: start.toISODate() ?? '',
    to: last.toISODate() ?? '',
    startUtc: utcIso(start),
    endUtc: utcIso(end),
  };
}

/**
 * The half-year ending with the month before `now` (January–June or July–December, by default), when that month is
 * one of the archiving months: the period the admins are reminded to archive.
 */
export function endedArchivePeriod(
  now: DateTime,
  months: readonly number[],
): { from: string; to: string } | undefined {
  const local = now.setZone(ZONE);
  const ended = local.minus({ months: 1 });
  if (!months.includes(ended.month)) return undefined;
  const sorted = [...months].sort((a, b) => a - b);
  const before = sorted.filter((m) => m < ended.month).at(-1);
  const startMonth = before === undefined ? (sorted.at(-1) ?? ended.month) : before;
  const startYear = startMonth >= ended.month ? ended.year - 1 : ended.year;
  const start = DateTime.fromObject({ year: startYear, month: startMonth, day: 1 }, { zone: ZONE }).plus({
    months: 1,
  });
  return { from: start.toISODate() ?? '', to: ended.endOf('month').toISODate() ?? '' };
}

/** The archiving period that ended last before `now` (searching back a year), whichever month it ended in. */
export function latestEndedArchivePeriod(
  now: DateTime,
  months: readonly number[],
): { from: string; to: string } | undefined {
  for (let back = 0; back < 12; back += 1) {
    const period = endedArchivePeriod(now.minus({ months: back }), months);
    if (period) return period;
  }
  return undefined;
}

/** The longest archiving period the months give (six for June and December); twelve when none are set. */
export function longestArchivePeriod(months: readonly number[]): number {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  if (sorted.length === 0) return 12;
  return Math.max(
    ...sorted.map((month, i) => (i === 0 ? month + 12 - sorted.at(-1)! : month - sorted[i - 1]!)),
  );
}

/** The archiving period an instant falls in (the one ending with the first archiving month from its month on). */
export function archivePeriodOf(
  at: string,
  months: readonly number[],
): { from: string; to: string } | undefined {
  const local = DateTime.fromISO(at, { zone: 'utc' }).setZone(ZONE);
  for (let ahead = 0; ahead < 12; ahead += 1) {
    const period = endedArchivePeriod(local.startOf('month').plus({ months: ahead + 1 }), months);
    if (period) return period;
  }
  return undefined;
}
