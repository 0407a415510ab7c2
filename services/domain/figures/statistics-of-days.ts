import { DateTime } from 'luxon';
import { PLATFORMS, type Platform } from '../platform';
import { utcIso } from '../utc-iso';
import { ZONE } from '../working-calendar';
import type { ConversationFigures, ShareRow, Statistics } from '../statistics';
import { addHistogram, histogramMedian, type DayFigures } from './day-totals';

function shareRow(label: string, kept: number, broken: number): ShareRow {
  return { label, kept, broken, share: kept + broken > 0 ? kept / (kept + broken) : undefined };
}

/**
 * The statistics of the days from `since` to `now` (services/domain/statistics.ts says what each figure means).
 * Weeks are ISO weeks in Swedish time, labelled as `weekLabel` words them; every week of the period gets a row, so
 * a week without comments shows as a gap rather than vanishing.
 */
export function statisticsOfDays(
  days: readonly DayFigures[],
  since: DateTime,
  now: DateTime,
  accountName: (platform: Platform, accountId: string) => string,
  weekLabel: (week: number) => string = (week) => `v. ${week}`,
): Statistics {
  const first = since.setZone(ZONE).toISODate() ?? '';
  const nowIso = utcIso(now);
  const weekKey = (day: DateTime) => `${day.weekYear}-${day.weekNumber}`;
  const weeks = new Map<string, { label: string; kept: number; broken: number }>();
  for (let week = since.setZone(ZONE).startOf('week'); week <= now; week = week.plus({ weeks: 1 })) {
    weeks.set(weekKey(week), { label: weekLabel(week.weekNumber), kept: 0, broken: 0 });
  }
  const accounts = new Map<string, { kept: number; broken: number }>();
  const perWeekday = Array.from({ length: 7 }, () => 0);
  const perHour = Array.from({ length: 24 }, () => 0);
  const perPlatform = new Map<Platform, number>();
  const minutes = new Map<number, number>();
  let kept = 0;
  let broken = 0;
  for (const { day, platform, totals } of days) {
    if (day < first) continue;
    const date = DateTime.fromISO(day, { zone: ZONE });
    const week = weeks.get(weekKey(date));
    for (const [accountId, tally] of Object.entries(totals.accounts)) {
      const late = tally.broken + tally.unsettled.filter((deadline) => deadline < nowIso).length;
      const label = accountName(platform, accountId);
      const row = accounts.get(label) ?? { kept: 0, broken: 0 };
      accounts.set(label, { kept: row.kept + tally.kept, broken: row.broken + late });
      if (week) {
        week.kept += tally.kept;
        week.broken += late;
      }
      kept += tally.kept;
      broken += late;
    }
    perWeekday[date.weekday - 1] = (perWeekday[date.weekday - 1] ?? 0) + totals.count;
    totals.hours.forEach((n, hour) => (perHour[hour] = (perHour[hour] ?? 0) + n));
    perPlatform.set(platform, (perPlatform.get(platform) ?? 0) + totals.count);
    addHistogram(minutes, totals.minutes);
  }
  return {
    total: shareRow('Alla', kept, broken),
    perWeek: [...weeks.values()].map((week) => shareRow(week.label, week.kept, week.broken)),
    perAccount: [...accounts]
      .map(([label, row]) => shareRow(label, row.kept, row.broken))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    medianMinutesToFirstResponse: histogramMedian(minutes),
    perPlatform: PLATFORMS.filter((p) => perPlatform.has(p)).map((platform) => ({
      platform,
      count: perPlatform.get(platform) ?? 0,
    })),
    perWeekday,
    perHour,
    conversations: conversationsOfDays(days.filter((d) => d.day >= first)),
  };
}

/**
 * Conversations: the items alone in theirs (a first item nobody replied to), and those with several items, whose
 * items and the city's answers to them are added up over the period's days. A reply whose first item is outside
 * the period counts in a conversation of its own.
 */
export function conversationsOfDays(days: readonly DayFigures[]): ConversationFigures {
  const threads = new Map<string, [number, number]>();
  const single = new Map<number, number>();
  for (const { platform, totals } of days) {
    addHistogram(single, totals.single);
    for (const [root, [items, answers]] of Object.entries(totals.threads)) {
      const key = `${platform}:${root}`;
      const thread = threads.get(key) ?? [0, 0];
      threads.set(key, [thread[0] + items, thread[1] + answers]);
    }
  }
  const answers = new Map<number, number>();
  let count = 0;
  let withReplies = 0;
  let most = 0;
  for (const [exchanges, n] of single) {
    count += n;
    if (n > 0) most = Math.max(most, exchanges);
    if (exchanges > 0) answers.set(exchanges, (answers.get(exchanges) ?? 0) + n);
  }
  for (const [items, exchanges] of threads.values()) {
    count++;
    if (items > 1) withReplies++;
    most = Math.max(most, exchanges);
    if (exchanges > 0) answers.set(exchanges, (answers.get(exchanges) ?? 0) + 1);
  }
  return { count, withReplies, medianExchanges: histogramMedian(answers), mostExchanges: most };
}
