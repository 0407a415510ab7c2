import { DateTime } from 'luxon';
import type { IncomingComment, StoredComment } from './comment';
import { computeDeadline, DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadline';
import { utcIso } from './utc-iso';

/** The row a newly arrived comment starts as: open, with its deadline counted from when it was written. */
export function newStoredComment(
  incoming: IncomingComment,
  receivedAt: DateTime,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): StoredComment {
  const written = DateTime.fromISO(incoming.writtenAt, { zone: 'utc' });
  return {
    ...incoming,
    receivedAt: utcIso(receivedAt),
    deadline: utcIso(computeDeadline(written, policy)),
    state: 'open',
    platformStatus: 'visible',
    sent: [],
    recent: [],
  };
}
