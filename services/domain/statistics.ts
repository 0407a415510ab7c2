import { DateTime } from 'luxon';
import type { Platform } from './platform';
import type { StoredComment } from './comment';
import { daysOfComments } from './figures/days-of-comments';
import { conversationsOfDays, statisticsOfDays } from './figures/statistics-of-days';
import { utcIso } from './utc-iso';

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
  return conversationsOfDays(daysOfComments(comments));
}

/**
 * The statistics of comments in hand, folded as the kept day figures are (statistics-of-days.ts): what tests hold
 * the figures to.
 */
export function computeStatistics(
  comments: readonly StoredComment[],
  since: DateTime,
  now: DateTime,
  accountName: (platform: Platform, accountId: string) => string,
  weekLabel: (week: number) => string = (week) => `v. ${week}`,
): Statistics {
  const period = comments.filter((c) => c.writtenAt >= utcIso(since));
  return statisticsOfDays(daysOfComments(period), since, now, accountName, weekLabel);
}
