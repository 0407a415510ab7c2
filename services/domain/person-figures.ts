import { isClosed } from './workflow';
import { type StoredComment } from './comment';
import { median } from './statistics';

/** What one person did in the period: for team leads, to see where the work lies (not to rank anyone publicly). */
export interface PersonFigures {
  readonly id: string;
  readonly name: string;
  /** Items they closed with an answer, a referral or a Platina reference. */
  readonly answered: number;
  /** The median minutes from a comment being written to their first response to it. */
  readonly medianMinutesToFirstResponse: number | undefined;
  /** Items they hold now. */
  readonly openClaims: number;
  /** Their replies waiting for approval (a removal they asked for is counted among what they hold). */
  readonly pendingApprovals: number;
}

const ANSWERED_STATES = new Set(['answered', 'referred', 'case_closed']);

/** The figures per person over the given comments; the platform's own account (answers given there) is left out. */
export function personFigures(comments: readonly StoredComment[]): PersonFigures[] {
  const people = new Map<
    string,
    { name: string; answered: number; minutes: number[]; open: number; pending: number }
  >();
  const of = (id: string, name: string) => {
    const found = people.get(id) ?? { name, answered: 0, minutes: [], open: 0, pending: 0 };
    people.set(id, found);
    return found;
  };
  for (const comment of comments) {
    const closer = comment.closure?.by;
    if (closer && ANSWERED_STATES.has(comment.state) && !comment.sent.at(-1)?.onPlatform) {
      of(closer.id, closer.name).answered += 1;
    }
    const first = comment.sent[0];
    if (first && !first.onPlatform && comment.firstResponseAt) {
      const minutes = (Date.parse(comment.firstResponseAt) - Date.parse(comment.writtenAt)) / 60_000;
      of(first.by.id, first.by.name).minutes.push(Math.max(0, minutes));
    }
    if (comment.holder && !isClosed(comment.state)) {
      const holder = of(comment.holder.id, comment.holder.name);
      if (comment.state === 'awaiting_approval' && comment.approval.kind !== 'removal') holder.pending += 1;
      else holder.open += 1;
    }
  }
  return [...people.entries()]
    .map(([id, p]) => ({
      id,
      name: p.name,
      answered: p.answered,
      medianMinutesToFirstResponse: median(p.minutes),
      openClaims: p.open,
      pendingApprovals: p.pending,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
