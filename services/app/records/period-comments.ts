import type { HistoryEvent, StoredComment } from '../../domain/comment';
import { byCodePoint as byText } from './canonical-json';

/** What the package holds of a comment while it is made: all it archives, not where its card is in Teams. */
export type HeldComment = Omit<StoredComment, 'card' | 'recent' | 'thread'>;

/** The comment without where its card is and Teams' copy of its latest history. */
export function held(comment: HeldComment): HeldComment {
  const { card: _card, recent: _recent, thread: _thread, ...kept } = comment as StoredComment;
  return kept;
}

/** A comment of the period with its history lines: what one part of the package is made from. */
export interface PeriodComment {
  readonly comment: HeldComment;
  readonly history: readonly HistoryEvent[];
}

/** The conversation a comment belongs to: `<platform>:<the id of its first item>`. */
export const conversationOf = (comment: HeldComment) =>
  `${comment.platform}:${comment.conversation?.rootId ?? comment.commentId}`;

interface Placed extends PeriodComment {
  readonly root: string;
}

/** Comments in the order they were written, and by id where two were written at once. */
export const inWrittenOrder = (a: HeldComment, b: HeldComment) =>
  byText(a.writtenAt, b.writtenAt) || byText(a.commentId, b.commentId);

const inPackageOrder = (a: Placed, b: Placed) =>
  byText(a.root, b.root) || inWrittenOrder(a.comment, b.comment);

/**
 * The period's comments as the package holds them while it is made, without what it does not archive, in the
 * package's order: by conversation, each one's comments in the order they were written.
 */
export class PeriodComments {
  private readonly placed: Placed[] = [];
  private sorted = true;

  /** Holds the comment, and gives back what is held of it. */
  add({ comment, history }: PeriodComment): PeriodComment {
    const placed = { root: conversationOf(comment), comment: held(comment), history };
    this.placed.push(placed);
    this.sorted = false;
    return placed;
  }

  get comments(): number {
    return this.placed.length;
  }

  /** How many conversations the comments belong to. */
  get conversations(): number {
    let count = 0;
    let last: string | undefined;
    for (const { root } of this.ordered()) if (root !== last) [count, last] = [count + 1, root];
    return count;
  }

  /**
   * Each conversation, in the order of its key, with its comments in the order they were written (and by id
   * where two were written at once).
   */
  *byConversation(): Generator<{ readonly root: string; readonly items: PeriodComment[] }> {
    let root: string | undefined;
    let items: PeriodComment[] = [];
    for (const placed of this.ordered()) {
      if (placed.root !== root) {
        if (root !== undefined) yield { root, items };
        [root, items] = [placed.root, []];
      }
      items.push(placed);
    }
    if (root !== undefined) yield { root, items };
  }

  private ordered(): readonly Placed[] {
    if (!this.sorted) this.placed.sort(inPackageOrder);
    this.sorted = true;
    return this.placed;
  }
}
