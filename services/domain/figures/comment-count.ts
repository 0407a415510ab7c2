import { DateTime } from 'luxon';
import type { StoredComment } from '../comment';
import { ZONE } from '../working-calendar';

/**
 * One comment's part in the overview's figures, as its day keeps it (services/domain/figures/day-totals.ts): what
 * the figures need of it and nothing a resident wrote. Short keys: a busy day keeps thousands of these.
 */
export interface CommentCount {
  /** The account it was written to. */
  readonly a: string;
  /**
   * The 24-hour promise as far as it is settled: kept or broken by its first response, not needed (P2), or
   * unsettled — broken once the deadline `d` has passed without a first response.
   */
  readonly o: 'kept' | 'broken' | 'not_needed' | 'unsettled';
  /** The deadline of an unsettled comment. */
  readonly d?: string;
  /** The hour it was written, Swedish time. */
  readonly h: number;
  /** Whole minutes from written to its first response. */
  readonly m?: number;
  /** Its conversation, where it is one of several items: the first item's id. */
  readonly r?: string;
  /** How many times the city answered it. */
  readonly x: number;
  /** Who closed it with an answer, a referral or a Platina reference: id and name. */
  readonly c?: readonly [string, string];
  /** Who gave its first response (not the platform's own account): id, name and whole minutes. */
  readonly f?: readonly [string, string, number];
  /** The revision of the comment it was counted from: of two counts, the higher is the later. */
  readonly v: number;
}

/** The day a comment is counted in: the Swedish date it was written, `yyyy-MM-dd`. */
export function figureDayOf(writtenAt: string): string {
  return DateTime.fromISO(writtenAt, { zone: ZONE }).toISODate() ?? writtenAt.slice(0, 10);
}

const ANSWERED_STATES = new Set(['answered', 'referred', 'case_closed']);

const wholeMinutes = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

export function countOf(comment: StoredComment, revision = 0): CommentCount {
  const written = DateTime.fromISO(comment.writtenAt, { zone: ZONE });
  const closer = comment.closure?.by;
  const first = comment.sent[0];
  const minutes = comment.firstResponseAt
    ? wholeMinutes(comment.writtenAt, comment.firstResponseAt)
    : undefined;
  const expired = comment.closure?.expired === true;
  const outcome: CommentCount['o'] = comment.firstResponseAt
    ? comment.firstResponseAt <= comment.deadline
      ? 'kept'
      : 'broken'
    : (comment.state === 'no_reply' && !expired) || comment.state === 'moderated'
      ? 'not_needed'
      : 'unsettled';
  // A conversation's first item knows its replies from its thread's tally; a reply knows its first item.
  const root = comment.conversation?.rootId ?? (comment.thread?.replies ? comment.commentId : undefined);
  return {
    a: comment.accountId,
    o: outcome,
    ...(outcome === 'unsettled' ? { d: comment.deadline } : {}),
    h: written.hour,
    ...(minutes !== undefined ? { m: minutes } : {}),
    ...(root !== undefined ? { r: root } : {}),
    x: comment.sent.length,
    ...(closer && ANSWERED_STATES.has(comment.state) && !comment.sent.at(-1)?.onPlatform
      ? { c: [closer.id, closer.name] as const }
      : {}),
    ...(first && !first.onPlatform && minutes !== undefined
      ? { f: [first.by.id, first.by.name, minutes] as const }
      : {}),
    v: revision,
  };
}
