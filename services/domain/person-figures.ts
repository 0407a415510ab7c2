import { isClosed } from './workflow';
import { type StoredComment } from './comment';
import { daysOfComments } from './figures/days-of-comments';
import { addHistogram, histogramMedian, type DayFigures } from './figures/day-totals';

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

/**
 * The figures per person: what they answered and how fast, from the period's day figures; what they hold, from the
 * comments not closed. The platform's own account (answers given there) is left out.
 */
export function peopleOfDays(
  days: readonly DayFigures[],
  current: readonly StoredComment[],
): PersonFigures[] {
  const people = new Map<
    string,
    { name: string; answered: number; minutes: Map<number, number>; open: number; pending: number }
  >();
  const of = (id: string, name: string) => {
    const found = people.get(id) ?? { name, answered: 0, minutes: new Map(), open: 0, pending: 0 };
    people.set(id, found);
    return found;
  };
  for (const { totals } of days) {
    for (const [id, tally] of Object.entries(totals.people)) {
      const person = of(id, tally.name);
      person.answered += tally.answered;
      addHistogram(person.minutes, tally.minutes);
    }
  }
  for (const comment of current) {
    if (!comment.holder || isClosed(comment.state)) continue;
    const holder = of(comment.holder.id, comment.holder.name);
    if (comment.state === 'awaiting_approval' && comment.approval.kind !== 'removal') holder.pending += 1;
    else holder.open += 1;
  }
  return [...people.entries()]
    .map(([id, p]) => ({
      id,
      name: p.name,
      answered: p.answered,
      medianMinutesToFirstResponse: histogramMedian(p.minutes),
      openClaims: p.open,
      pendingApprovals: p.pending,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The figures per person over the given comments. */
export function personFigures(comments: readonly StoredComment[]): PersonFigures[] {
  return peopleOfDays(daysOfComments(comments), comments);
}
