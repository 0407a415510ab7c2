import { NO_REPLY_REASONS } from '../../domain/workflow';
import { DateTime } from 'luxon';
import { stateLine } from '../../../cards/comment-state';
import { cardLink } from '../../../cards/card-link';
import { SV } from '../../../cards/locale/sv';
import type { CardStrings } from '../../../cards/locale/card-strings';
import { isClosed } from '../../domain/workflow';
import { type StoredComment } from '../../domain/comment';
import { firstWords } from '../../domain/first-words';
import { commentKeyText, PLATFORM_NAMES } from '../../domain/platform';
import { promiseOutcome, type PromiseOutcome, type Statistics } from '../../domain/statistics';
import { daysOfComments } from '../../domain/figures/days-of-comments';
import type { DayFigures } from '../../domain/figures/day-totals';
import { statisticsOfDays } from '../../domain/figures/statistics-of-days';
import type { AccountDirectory } from '../accounts/account-directory';
import type { Person } from '../../domain/person';
import { utcIso } from '../../domain/utc-iso';

/** The tab's lists: what nobody has taken, what the viewer holds, what is due soon or overdue, what was answered. */
export type QueueGroup = 'unclaimed' | 'mine' | 'due_soon' | 'overdue' | 'answered';

export interface QueueItem {
  /** Only for trained staff: the key a card action names. */
  readonly key?: string;
  readonly platform: string;
  readonly platformName: string;
  readonly account: string;
  /** Only for trained staff. */
  readonly firstWords?: string;
  readonly writtenAt: string;
  readonly deadline: string;
  readonly deadlineText: string;
  /** Whether it kept the 24-hour promise, broke it, or is still within it. */
  readonly promise: PromiseOutcome;
  readonly stateLabel: string;
  readonly stateColor: string;
  readonly groups: readonly QueueGroup[];
  /** The card's thread in the Teams channel, once it is posted. */
  readonly link?: string;
  /** Open and held by nobody: it can be closed with a selection (Stäng valda utan svar). */
  readonly closable?: true;
}

export interface OverviewReport {
  readonly viewer: { readonly name: string; readonly canSeeText: boolean };
  /** The reasons a selection of the queue is closed with (trained staff): each with its words. */
  readonly closeReasons: readonly { readonly value: string; readonly label: string }[];
  readonly generatedAt: string;
  readonly since: string;
  readonly queue: readonly QueueItem[];
  readonly statistics: Statistics & { readonly platformNames: Readonly<Record<string, string>> };
}

/** How many answered comments the list shows (the export has them all). */
const ANSWERED_SHOWN = 50;

export function queueGroups(
  comment: StoredComment,
  viewerId: string,
  now: DateTime,
  soonHours: number,
): QueueGroup[] {
  const groups: QueueGroup[] = [];
  const closed = isClosed(comment.state);
  if (comment.state === 'open') groups.push('unclaimed');
  if (!closed && comment.holder?.id === viewerId) groups.push('mine');
  if (!closed && !comment.firstResponseAt) {
    const left = DateTime.fromISO(comment.deadline).diff(now).as('hours');
    if (left < 0) groups.push('overdue');
    else if (left <= soonHours) groups.push('due_soon');
  }
  if (closed && comment.firstResponseAt) groups.push('answered');
  return groups;
}

/** What a viewer may see: texts and keys for trained staff; Messenger items for the contact centre only (P7). */
export interface Visibility {
  readonly staff: boolean;
  readonly contactCentre: boolean;
}

/**
 * What the overview is made of: the comments its queue may list (those open and those answered lately), and the
 * figures of the period's days (services/domain/figures/day-totals.ts).
 */
export interface OverviewSource {
  readonly queue: readonly StoredComment[];
  readonly days: readonly DayFigures[];
}

/** The source made from the period's comments themselves, where no figures are kept for them. */
export function sourceOfComments(comments: readonly StoredComment[]): OverviewSource {
  return { queue: comments, days: daysOfComments(comments) };
}

export function buildOverview(
  source: OverviewSource,
  viewer: Pick<Person, 'id' | 'name'>,
  visibility: Visibility,
  accounts: AccountDirectory,
  since: DateTime,
  now: DateTime,
  soonHours: number,
  /** The words for the reader: Swedish, or English for an English Teams. */
  strings: CardStrings = SV,
): OverviewReport {
  const canSeeText = visibility.staff;
  const accountName = (c: StoredComment) => accounts.displayName(c.platform, c.accountId);
  const items = source.queue
    .filter((comment) => visibility.contactCentre || comment.platform !== 'messenger')
    .map((comment) => ({ comment, groups: queueGroups(comment, viewer.id, now, soonHours) }))
    .filter((entry) => entry.groups.length > 0 || !isClosed(entry.comment.state));
  const answered = items
    .filter((i) => i.groups.includes('answered'))
    .sort((a, b) => (b.comment.firstResponseAt ?? '').localeCompare(a.comment.firstResponseAt ?? ''))
    .slice(ANSWERED_SHOWN);
  const hidden = new Set(answered.map((i) => i.comment));
  // The queue is the work itself: only trained staff see it; anyone else in the tenant sees the figures.
  const queue = items
    .filter((i) => canSeeText && !hidden.has(i.comment))
    .sort((a, b) => a.comment.deadline.localeCompare(b.comment.deadline))
    .map(({ comment, groups }): QueueItem => {
      const state = stateLine(strings, comment);
      const link = comment.card ? cardLink(comment.card) : undefined;
      return {
        ...(canSeeText ? { key: commentKeyText(comment) } : {}),
        platform: comment.platform,
        platformName: PLATFORM_NAMES[comment.platform],
        account: accountName(comment),
        ...(canSeeText ? { firstWords: firstWords(comment.text, 14) } : {}),
        writtenAt: comment.writtenAt,
        deadline: comment.deadline,
        deadlineText: strings.dateTime(comment.deadline),
        promise: promiseOutcome(comment, now),
        stateLabel: state.label,
        stateColor: state.color,
        groups,
        ...(link ? { link } : {}),
        ...(comment.state === 'open' && !comment.holder ? { closable: true as const } : {}),
      };
    });
  return {
    viewer: { name: viewer.name, canSeeText },
    closeReasons: canSeeText
      ? NO_REPLY_REASONS.filter((r) => r !== 'other').map((value) => ({
          value,
          label: strings.noReplyReasons[value],
        }))
      : [],
    generatedAt: utcIso(now),
    since: utcIso(since),
    queue,
    statistics: {
      ...statisticsOfDays(
        source.days,
        since,
        now,
        (platform, accountId) => accounts.displayName(platform, accountId),
        strings.weekLabel,
      ),
      platformNames: PLATFORM_NAMES,
    },
  };
}
