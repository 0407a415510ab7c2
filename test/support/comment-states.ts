import type { Person } from '../../services/domain/person';
import type { StoredComment } from '../../services/domain/comment';
import type { Workflow } from '../../services/domain/workflow';
import { factsOf } from '../../services/domain/transition-steps';

/** A colleague on the trained list, for fixtures that need someone to have handled a comment. */
export const ALEX: Person = { id: 'alex', name: 'Alex Lind', firstName: 'Alex' };

/** The comment as it is, put in another workflow state: each state with what it carries, as the domain has it. */
export function inState(comment: StoredComment, workflow: Workflow): StoredComment {
  return { ...factsOf(comment), ...workflow };
}

/** Answered (closed) by `by` at `at`. */
export function answered(comment: StoredComment, at: string, by: Person = ALEX): StoredComment {
  return inState(comment, { state: 'answered', holder: by, closure: { by, at } });
}
