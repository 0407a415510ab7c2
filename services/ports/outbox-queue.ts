import type { CommentKey } from '../domain/platform';

/** A comment whose card is waiting to be posted, and how often that was tried. */
export interface OutboxEntry {
  readonly key: CommentKey;
  readonly attempts: number;
}

/** A card Teams refused for good (or too often): left alone until an admin asks for another try. */
export interface DeadLetter {
  readonly key: CommentKey;
  readonly code: string;
  readonly attempts: number;
}

/** The cards waiting to be posted, as a queue by the time of the next attempt. */
export interface OutboxQueue {
  /** Those due by `now`, the longest-waiting first; dead letters are left out. */
  listDue(now: string, limit: number): Promise<OutboxEntry[]>;
  /** Every card still waiting (dead letters left out), oldest first. */
  listPending(limit: number): Promise<CommentKey[]>;
  retryLater(key: CommentKey, attempts: number, dueAt: string, code: string): Promise<void>;
  deadLetter(key: CommentKey, attempts: number, code: string): Promise<void>;
  listDeadLetters(limit: number): Promise<DeadLetter[]>;
  /** Puts every dead letter back in the queue, due now; how many. */
  retryDeadLetters(now: string): Promise<number>;
  /**
   * Takes the card for one poster until `until`: its next attempt moves there, so no sweep lists it meanwhile.
   * False when it is not due at `now` (another poster holds it, or it waits for a retry), when it is a dead letter,
   * or when it is off the queue; when two ask at once, one gets it.
   */
  lease(key: CommentKey, now: string, until: string): Promise<boolean>;
  /** Gives a lease back: the card is due again at `at`. */
  release(key: CommentKey, at: string): Promise<void>;
  /** The card is posted (or its comment is gone): off the queue. */
  clear(key: CommentKey): Promise<void>;
}
