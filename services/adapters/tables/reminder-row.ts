import type { StoredReminder } from '../../ports';

/**
 * Reminders live beside the comments they are for: `r|<due ISO>|<kind>|<comment id>` in the comment's platform
 * partition of the comments table (the daily overview's in partition `-`). So a new comment's reminders go in the
 * same transaction as the comment itself, and a due range is one read per partition, ending at "now".
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
  };
}
