import type { ReminderLink } from '../../domain/reminder-chain';
import type { ReminderKind } from '../../domain/reminder-plan';
import type { StoredReminder } from '../../ports/index';

/**
 * Reminders live beside the comments they are for: `r|<due ISO>|<kind>|<comment id>` in the comment's platform
 * partition of the comments table (the daily overview's in partition `-`). So a new comment's reminders go in the
 * same transaction as the comment itself, and a due range is one read per partition, ending at "now". A comment's
 * later deadline reminders ride in its row as JSON (`then`), so the insert writes one reminder row, not five.
 */
export const REMINDER_PREFIX = 'r|';

export type ReminderEntity = {
  partitionKey: string;
  rowKey: string;
  kind: string;
  dueAt: string;
  platform: string;
  commentId: string;
  claimedUntil: string;
  /** The later reminders of the chain, JSON: `[{"kind","dueAt"}]`; absent at its end and in rows written before. */
  then?: string;
};

export function reminderRowKey(r: StoredReminder): string {
  return `${REMINDER_PREFIX}${r.dueAt}|${r.kind}|${encodeURIComponent(r.commentId)}`;
}

export function reminderRow(r: StoredReminder): ReminderEntity {
  return {
    partitionKey: r.platform,
    rowKey: reminderRowKey(r),
    kind: r.kind,
    dueAt: r.dueAt,
    platform: r.platform,
    commentId: r.commentId,
    claimedUntil: '',
    ...(r.then && r.then.length > 0
      ? { then: JSON.stringify(r.then.map(({ kind, dueAt }) => ({ kind, dueAt }))) }
      : {}),
  };
}

/** The chain a row carries; nothing when it carries none or what it carries is not a chain. */
export function chainIn(row: Pick<ReminderEntity, 'then'>): ReminderLink[] | undefined {
  if (!row.then) return undefined;
  try {
    const parsed: unknown = JSON.parse(row.then);
    if (!Array.isArray(parsed)) return undefined;
    const links = parsed.filter(
      (l): l is { kind: string; dueAt: string } =>
        typeof l === 'object' && l !== null && typeof l.kind === 'string' && typeof l.dueAt === 'string',
    );
    return links.map((l) => ({ kind: l.kind as ReminderKind, dueAt: l.dueAt }));
  } catch {
    return undefined;
  }
}
