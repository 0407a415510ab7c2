import { isClosed } from './workflow';
import { type StoredComment } from './comment';

/** The promise a holding reply makes (P4): "we have seen it and come back with an answer". */

/** When the latest holding reply went out, if one did. */
export function promisedAt(comment: StoredComment): string | undefined {
  return comment.sent.filter((sent) => sent.kind === 'holding_reply').at(-1)?.at;
}

/** A holding reply went out and no real answer since: the promise is still to be kept (a case has its own). */
export function awaitsPromisedAnswer(comment: StoredComment): boolean {
  const since = promisedAt(comment);
  if (!since || isClosed(comment.state) || comment.state === 'case') return false;
  return !comment.sent.some((sent) => sent.kind === 'reply' && sent.at >= since);
}

/** When the last thing was done with the comment (its latest history line), else when it arrived. */
export function lastActivityAt(comment: StoredComment): string {
  return comment.recent.at(-1)?.at ?? comment.receivedAt;
}
