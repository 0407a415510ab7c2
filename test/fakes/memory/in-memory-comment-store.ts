import { AppError } from '../../../services/domain/app-error';
import { isClosed } from '../../../services/domain/workflow';
import { type HistoryEvent, type StoredComment } from '../../../services/domain/comment';
import { commentKeyText, type CommentKey } from '../../../services/domain/platform';
import { isDueForRetention, type RetentionCutoffs } from '../../../services/domain/retention';
import { mutateOnEtag } from '../../../services/adapters/mutate-on-etag';
import type { KeyedIds } from '../../../services/domain/keyed-id';
import { testKeyedIds } from '../../support/keyed-ids';
import type {
  CommentChange,
  CommentStore,
  Mutated,
  StoredReminder,
  Versioned,
} from '../../../services/ports/index';
import { InMemoryOutboxQueue } from './in-memory-outbox-queue';
import { InMemoryRedactionQueue } from './in-memory-redaction-queue';
import { byRowKey } from './row-key-order';

/** What the store keeps is what was written, not the caller's object: a later change to that object is not seen. */
const copy = <T>(value: T): T => structuredClone(value);

/**
 * The comment ports in memory, for use-case tests that run in milliseconds. It keeps the promises of the Azure
 * Tables store — conditional writes on an ETag, the outbox marker written and removed with the comment, history
 * in order — and the contract tests (test/contract) hold it to them, case by case, beside the real store.
 */
export class InMemoryCommentStore implements CommentStore {
  private readonly rows = new Map<string, Versioned<StoredComment>>();
  private readonly history = new Map<string, HistoryEvent[]>();
  private version = 0;
  /** The outbox's queue, which shares the comments' markers as it does in Table storage. */
  readonly queue = new InMemoryOutboxQueue();
  /** The redactions the records plan owes Teams, marked with the purge as in Table storage. */
  readonly redactions = new InMemoryRedactionQueue();
  /** How many calls reached the store: a use-case test can count round trips. */
  calls = 0;
  /** The keyed ids taken, as the Table store's `c|$…` rows: a purged comment sent again is a duplicate. */
  private readonly keyedTaken = new Set<string>();

  constructor(private readonly keyedIds: KeyedIds = testKeyedIds) {}

  private write(comment: StoredComment): Versioned<StoredComment> {
    this.version += 1;
    const written = { value: copy(comment), etag: `W/"${this.version}"` };
    this.rows.set(commentKeyText(comment), written);
    return { value: copy(written.value), etag: written.etag };
  }

  private current(key: CommentKey, etag: string): Versioned<StoredComment> {
    const row = this.rows.get(commentKeyText(key));
    if (!row || row.etag !== etag) throw new AppError('concurrent_update', 'The comment changed meanwhile');
    return row;
  }

  /** The reminders stored with new comments, as the Table store writes them in the insert. */
  readonly reminders: StoredReminder[] = [];

  async insertNew(
    comment: StoredComment,
    cardLeaseUntil?: string,
    reminders: readonly StoredReminder[] = [],
  ): Promise<Versioned<StoredComment> | undefined> {
    this.calls += 1;
    const keyed = commentKeyText({ platform: comment.platform, commentId: this.keyedIds(comment) });
    if (this.rows.has(commentKeyText(comment)) || this.keyedTaken.has(keyed)) return undefined;
    this.keyedTaken.add(keyed);
    this.reminders.push(...copy(reminders));
    this.queue.mark(comment, comment.receivedAt, cardLeaseUntil);
    return this.write(comment);
  }

  async get(key: CommentKey): Promise<Versioned<StoredComment> | undefined> {
    this.calls += 1;
    const row = this.rows.get(commentKeyText(key));
    return row && { value: copy(row.value), etag: row.etag };
  }

  mutate(
    key: CommentKey,
    change: (current: StoredComment) => CommentChange | undefined,
  ): Promise<Mutated | undefined> {
    return mutateOnEtag(this, key, change);
  }

  async replace(
    comment: StoredComment,
    etag: string,
    event?: HistoryEvent,
  ): Promise<Versioned<StoredComment>> {
    this.calls += 1;
    this.current(comment, etag);
    if (!event) return this.write(comment);
    const lines = this.history.get(commentKeyText(comment)) ?? [];
    lines.push(copy(event));
    this.history.set(commentKeyText(comment), lines);
    return this.write(comment);
  }

  async recordCardPosted(comment: StoredComment, etag: string): Promise<Versioned<StoredComment>> {
    this.calls += 1;
    this.current(comment, etag);
    // As the Table store's transaction deletes the marker, a marker already gone fails it (404).
    if (!this.queue.unmark(comment))
      throw new AppError('concurrent_update', 'The card was recorded or taken off the queue meanwhile');
    return this.write(comment);
  }

  async listHistory(key: CommentKey): Promise<HistoryEvent[]> {
    this.calls += 1;
    return copy(this.history.get(commentKeyText(key)) ?? []);
  }

  /** History lines recorded at or after `since`, per comment, each comment's oldest first. */
  private historySince(since: string): Map<string, HistoryEvent[]> {
    this.calls += 1;
    const found = new Map<string, HistoryEvent[]>();
    // In key order, as Table storage returns its rows: by platform, then by the comment's id in its row key.
    for (const [key, lines] of [...this.history].sort(([a], [b]) => byRowKey(a, b))) {
      const recent = lines.filter((line) => line.at >= since);
      if (recent.length > 0)
        found.set(
          key,
          copy(recent).sort((a, b) => a.at.localeCompare(b.at)),
        );
    }
    return found;
  }

  async *eachWrittenSince(
    since: string,
  ): AsyncGenerator<{ comment: StoredComment; history: HistoryEvent[] }> {
    const history = this.historySince(since);
    const written = [...this.rows.entries()].sort(([a], [b]) => byRowKey(a, b));
    for (const [key, row] of written) {
      if (row.value.writtenAt >= since) yield { comment: copy(row.value), history: history.get(key) ?? [] };
    }
  }

  async anonymise(
    current: Versioned<StoredComment>,
    anonymised: StoredComment,
    event: HistoryEvent,
  ): Promise<Versioned<StoredComment>> {
    this.calls += 1;
    this.current(current.value, current.etag);
    const lines = this.history.get(commentKeyText(current.value)) ?? [];
    this.history.delete(commentKeyText(current.value));
    this.history.set(
      commentKeyText(anonymised),
      [...lines, event].map(({ detail: _detail, ...line }) => line),
    );
    this.rows.delete(commentKeyText(current.value));
    this.queue.unmark(current.value);
    if (anonymised.cardsToRedact?.length) this.redactions.mark(anonymised, event.at);
    return this.write(anonymised);
  }

  /** The register extract's read (SubjectSearch), in the order Table storage lists the rows. */
  async listMatching(match: (comment: StoredComment) => boolean): Promise<StoredComment[]> {
    this.calls += 1;
    return [...this.rows.entries()]
      .sort(([a], [b]) => byRowKey(a, b))
      .map(([, row]) => copy(row.value))
      .filter(match);
  }

  async listOpen(): Promise<StoredComment[]> {
    this.calls += 1;
    return [...this.rows.values()].filter((row) => !isClosed(row.value.state)).map((row) => copy(row.value));
  }

  async listWrittenSince(since: string): Promise<StoredComment[]> {
    this.calls += 1;
    return [...this.rows.values()]
      .filter((row) => row.value.writtenAt >= since)
      .map((row) => copy(row.value));
  }

  async listDueForRetention(cutoffs: RetentionCutoffs, limit: number): Promise<Versioned<StoredComment>[]> {
    this.calls += 1;
    return [...this.rows.values()]
      .filter((row) => isDueForRetention(row.value, cutoffs))
      .slice(0, limit)
      .map((row) => copy(row));
  }

  async countOnPostBefore(comment: StoredComment, windowStart: string): Promise<number> {
    this.calls += 1;
    return [...this.rows.values()].filter(
      ({ value }) =>
        !value.anonymisedAt &&
        value.platform === comment.platform &&
        value.postId === comment.postId &&
        value.receivedAt >= windowStart &&
        (value.receivedAt < comment.receivedAt ||
          (value.receivedAt === comment.receivedAt && value.commentId <= comment.commentId)),
    ).length;
  }

  async ping(): Promise<void> {}
}
