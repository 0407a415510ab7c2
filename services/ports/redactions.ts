import type { CommentKey } from '../domain/platform';

/** A purged comment whose cards in Teams still wait to be drawn without its words, and how often that was tried. */
export interface PendingRedaction {
  /** The purged comment, under its keyed id. */
  readonly key: CommentKey;
  readonly attempts: number;
  /** The marker's version as listed: a lease on it holds only if nobody changed it since. */
  readonly version?: string;
}

/**
 * The redactions the records plan owes Teams: a marker written in the same transaction as the purge (so none is
 * lost to a crash), read as a queue by the time of its next attempt, and removed once Teams has every card.
 */
export interface RedactionQueue {
  /** Those due by `now`, the longest-waiting first. */
  listDue(now: string, limit: number): Promise<PendingRedaction[]>;
  retryLater(key: CommentKey, attempts: number, dueAt: string, code: string): Promise<void>;
  /** Teams has every card without the words: off the queue. */
  done(key: CommentKey): Promise<void>;
}

/**
 * The closed cases whose document the registry is owed: marked before the close is written (a close that then
 * fails leaves a marker the sender drops), sent until it goes, removed once it went.
 */
export interface RegistryQueue extends RedactionQueue {
  /** Owed from `dueAt`; marking again starts afresh. */
  owe(key: CommentKey, dueAt: string): Promise<void>;
  /**
   * Takes a listed marker until `until`, if it is as listed (no other instance took or changed it since): false
   * when another has it. What one instance sends, no other sends at the same time.
   */
  lease(pending: PendingRedaction, until: string): Promise<boolean>;
}
