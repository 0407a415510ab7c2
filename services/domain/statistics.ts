import { DateTime } from 'luxon';
import { PLATFORMS, type Platform } from './platform';
import type { StoredComment } from './comment';
import { ZONE } from './working-calendar';

/**
 * "Are we keeping the 24-hour promise?" A comment keeps it when its first response (an answer, a holding reply or
 * a referral, P3/P4/P5) was published by its deadline, and breaks it when that came later or has not come and the
 * deadline has passed. Comments that need no answer (P2: closed as "inget svar behövs", or hidden/removed without a
 * response) and those still within their deadline are not counted either way.
 */
export type PromiseOutcome = 'kept' | 'broken' | 'pending' | 'not_needed';

export function promiseOutcome(comment: StoredComment, now: DateTime): PromiseOutcome {
  if (comment.firstResponseAt) return comment.firstResponseAt <= comment.deadline ? 'kept' : 'broken';
  const expired = comment.closure?.expired === true;
  if ((comment.state === 'no_reply' && !expired) || comment.state === 'moderated') return 'not_needed';
  return DateTime.fromISO(comment.deadline) < now ? 'broken' : 'pending';
}

export interface ShareRow {
  readonly label: string;
  readonly kept: number;
  readonly broken: number;
  /** kept / (kept + broken), or undefined where nothing was decided yet. */
  readonly share: number | undefined;
}

export interface Statistics {
  readonly total: ShareRow;
  readonly perWeek: readonly ShareRow[];
  readonly perAccount: readonly ShareRow[];
  /** Minutes from written to first response, over the comments that have one. */
  readonly medianMinutesToFirstResponse: number | undefined;
  readonly perPlatform: readonly { readonly platform: Platform; readonly count: number }[];
  /** Index 0 is Monday. */
  readonly perWeekday: readonly number[];
  /** Index is the hour of day, Swedish time. */
  readonly perHour: readonly number[];
  /** Conversations (a first item and the replies in its thread) and how many answers from the city each took. */
  readonly conversations: ConversationFigures;
}

export interface ConversationFigures {
  readonly count: number;
  /** Of those, how many had replies in their thread. */
  readonly withReplies: number;
  /** The median of the city's answers per conversation, over those answered at least once. */
  readonly medianExchanges: number | undefined;
  readonly mostExchanges: number;
}

/**
 * Each item is counted on its own in the figures above; here the items are grouped into their conversations and
 * the city's answers in each are counted (holding replies and referrals included, answers given on the platform
 * too). A reply whose first item is outside the period counts in a conversation of its own.
 */
export function conversationFigures(comments: readonly StoredComment[]): ConversationFigures {
  const byRoot = new Map<string, StoredComment[]>();
  for (const comment of comments) {
    const root = `${comment.platform}:${comment.conversation?.rootId ?? comment.commentId}`;
    byRoot.set(root, [...(byRoot.get(root) ?? []), comment]);
  }
  const exchanges = [...byRoot.values()].map((items) =>
    items.reduce((sum, item) => sum + item.sent.length, 0),
  );
  return {
    count: byRoot.size,
    withReplies: [...byRoot.values()].filter((items) => items.length > 1).length,
    medianExchanges: median(exchanges.filter((n) => n > 0)),
    mostExchanges: Math.max(0, ...exchanges),
  };
}

function shareRow(label: string, outcomes: readonly PromiseOutcome[]): ShareRow {
  const kept = outcomes.filter((o) => o === 'kept').length;
  const broken = outcomes.filter((o) => o === 'broken').length;
  return { label, kept, broken, share: kept + broken > 0 ? kept / (kept + broken) : undefined };
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The statistics of the given comments. Weeks are ISO weeks in Swedish time, labelled "v. 47" (or as `weekLabel`
 * words it); every week from `since` to `now` gets a row, so a week without comments shows as a gap rather than
 * vanishing.
 */
export function computeStatistics(
  comments: readonly StoredComment[],
  since: DateTime,
  now: DateTime,
  accountName: (comment: StoredComment) => string,
  weekLabel: (week: number) => string = (week) => `v. ${week}`,
): Statistics {
  const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
  const outcomes = comments.map((c) => ({ comment: c, outcome: promiseOutcome(c, now) }));

  const weekKey = (day: DateTime) => `${day.weekYear}-${day.weekNumber}`;
  const weeks = new Map<string, { label: string; outcomes: PromiseOutcome[] }>();
  for (let week = since.setZone(ZONE).startOf('week'); week <= now; week = week.plus({ weeks: 1 })) {
    weeks.set(weekKey(week), { label: weekLabel(week.weekNumber), outcomes: [] });
  }
  const accounts = new Map<string, PromiseOutcome[]>();
  const perWeekday = Array.from({ length: 7 }, () => 0);
  const perHour = Array.from({ length: 24 }, () => 0);
  const perPlatform = new Map<Platform, number>();
  const minutes: number[] = [];
  for (const { comment, outcome } of outcomes) {
    const written = local(comment.writtenAt);
    weeks.get(weekKey(written))?.outcomes.push(outcome);
    const account = accountName(comment);
    accounts.set(account, [...(accounts.get(account) ?? []), outcome]);
    perWeekday[written.weekday - 1] = (perWeekday[written.weekday - 1] ?? 0) + 1;
    perHour[written.hour] = (perHour[written.hour] ?? 0) + 1;
    perPlatform.set(comment.platform, (perPlatform.get(comment.platform) ?? 0) + 1);
    if (comment.firstResponseAt) {
      minutes.push(local(comment.firstResponseAt).diff(written, 'minutes').minutes);
    }
  }
  return {
    total: shareRow(
      'Alla',
      outcomes.map((o) => o.outcome),
    ),
    perWeek: [...weeks.values()].map((week) => shareRow(week.label, week.outcomes)),
    perAccount: [...accounts]
      .map(([label, list]) => shareRow(label, list))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    medianMinutesToFirstResponse: median(minutes),
    perPlatform: PLATFORMS.filter((p) => perPlatform.has(p)).map((platform) => ({
      platform,
      count: perPlatform.get(platform) ?? 0,
    })),
    perWeekday,
    perHour,
    conversations: conversationFigures(comments),
  };
}
