import { DateTime } from 'luxon';
import type { IncomingComment, StoredComment } from './comment';
import { computeDeadline, DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadline';

/** The row a newly arrived comment starts as: open, with its deadline counted from when it was written. */
export function newStoredComment(
  incoming: IncomingComment,
  receivedAt: DateTime,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): StoredComment {
  const written = DateTime.fromISO(incoming.writtenAt, { zone: 'utc' });
  return {
    ...incoming,
    receivedAt: receivedAt.toUTC().toISO() ?? '',
    deadline: computeDeadline(written, policy).toUTC().toISO() ?? '',
    state: 'open',
    platformStatus: 'visible',
    sent: [],
    recent: [],
  };
}
