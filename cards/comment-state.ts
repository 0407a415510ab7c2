import { isClosed } from '../services/domain/workflow';
import { type StoredComment } from '../services/domain/comment';
import { answeredOnPlatform } from '../services/domain/platform-answer';
import { PLATFORM_NAMES } from '../services/domain/platform';
import { text, type Element } from './card-elements';
import type { CardStrings } from './locale/card-strings';

/** Where a comment stands, as the card says it: the state line, the deadline and its badge. */

/** What the card says of where the comment stands, and in which colour. */
export function stateLine(S: CardStrings, comment: StoredComment): { label: string; color: string } {
  const holder = comment.holder;
  const closer = comment.closure?.by.firstName ?? '';
  switch (comment.state) {
    case 'open':
      return comment.firstResponseAt
        ? { label: S.state.acknowledgedUnheld, color: 'warning' }
        : { label: S.state.fresh, color: 'attention' };
    case 'claimed':
      return { label: S.state.claimed(holder?.name ?? ''), color: 'accent' };
    case 'sending':
      return { label: S.state.sending(holder?.firstName ?? ''), color: 'accent' };
    case 'acknowledged':
      return { label: S.state.acknowledged(holder?.name ?? ''), color: 'warning' };
    case 'awaiting_approval':
      return {
        label:
          comment.approval.kind === 'removal'
            ? S.state.awaitingRemoval(comment.holder.name)
            : S.state.awaitingApproval(comment.holder.name),
        color: 'warning',
      };
    case 'case':
      return { label: S.state.case(holder?.name ?? ''), color: 'accent' };
    case 'answered':
      return answeredOnPlatform(comment)
        ? { label: S.state.answeredOnPlatform(PLATFORM_NAMES[comment.platform]), color: 'good' }
        : { label: S.state.answered(closer), color: 'good' };
    case 'referred':
      return { label: S.state.referred(closer), color: 'good' };
    case 'no_reply':
      return comment.closure.expired
        ? { label: S.state.expired, color: 'warning' }
        : { label: S.state.noReply(closer), color: 'good' };
    case 'case_closed':
      return { label: S.state.caseClosed(closer), color: 'good' };
    case 'moderated':
      return {
        label: comment.moderation?.action === 'removed' ? S.state.removed(closer) : S.state.hidden(closer),
        color: 'warning',
      };
  }
}

/** Whether the first-response deadline is near or passed, while nobody has responded. */
export function deadlineBadge(
  comment: StoredComment,
  now: string | undefined,
  soonHours = 4,
): 'overdue' | 'soon' | undefined {
  if (!now || comment.firstResponseAt || isClosed(comment.state)) return undefined;
  const left = Date.parse(comment.deadline) - Date.parse(now);
  if (left <= 0) return 'overdue';
  if (left <= soonHours * 3_600_000) return 'soon';
  return undefined;
}

export function duration(S: CardStrings, millis: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(millis) / 60_000));
  return S.duration(Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60);
}

export function deadlineText(S: CardStrings, comment: StoredComment, now: string | undefined): string {
  const at = S.dateTime(comment.deadline);
  if (!now || comment.firstResponseAt || isClosed(comment.state)) return at;
  const left = Date.parse(comment.deadline) - Date.parse(now);
  return left > 0
    ? `${at} (${S.facts.left(duration(S, left))})`
    : `${at} (${S.facts.late(duration(S, left))})`;
}

export function badgeColumn(S: CardStrings, badge: 'overdue' | 'soon' | undefined): Element[] {
  if (!badge) return [];
  const label = badge === 'overdue' ? S.badge.overdue : S.badge.soon;
  const color = badge === 'overdue' ? 'attention' : 'warning';
  return [
    {
      type: 'Column',
      width: 'auto',
      items: [text(`⏰ ${label}`, { weight: 'bolder', color, size: 'small' })],
    },
  ];
}
