import { commentKeyText, type CommentKey } from '../../../services/domain/platform';
import type { DeadLetter, OutboxEntry, OutboxQueue } from '../../../services/ports/index';
import { byRowKey } from './row-key-order';

interface Marker {
  readonly key: CommentKey;
  readonly receivedAt: string;
  dueAt: string;
  attempts: number;
  code: string;
  dead: boolean;
}

/** The outbox queue in memory: the markers the in-memory comment store writes and removes with its comments. */
export class InMemoryOutboxQueue implements OutboxQueue {
  private readonly markers = new Map<string, Marker>();

  /** Written with a new comment (by the store, as Table storage writes the marker in the same transaction). */
  mark(key: CommentKey, receivedAt: string, leasedUntil?: string): void {
    const { platform, commentId } = key;
    this.markers.set(commentKeyText(key), {
      key: { platform, commentId },
      receivedAt,
      dueAt: leasedUntil ?? receivedAt,
      attempts: 0,
      code: '',
      dead: false,
    });
  }

  /** Removed when the card is recorded as posted; false when it was not there. */
  unmark(key: CommentKey): boolean {
    return this.markers.delete(commentKeyText(key));
  }

  /** In key order, as Table storage lists the markers. */
  private waiting(dead: boolean): Marker[] {
    return [...this.markers.entries()]
      .sort(([a], [b]) => byRowKey(a, b))
      .map(([, marker]) => marker)
      .filter((marker) => marker.dead === dead);
  }

  async listDue(now: string, limit: number): Promise<OutboxEntry[]> {
    return this.waiting(false)
      .filter((marker) => marker.dueAt <= now)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.receivedAt.localeCompare(b.receivedAt))
      .slice(0, limit)
      .map(({ key, attempts }) => ({ key, attempts }));
  }

  async listPending(limit: number): Promise<CommentKey[]> {
    return this.waiting(false)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
      .slice(0, limit)
      .map(({ key }) => key);
  }

  async retryLater(key: CommentKey, attempts: number, dueAt: string, code: string): Promise<void> {
    const marker = this.markers.get(commentKeyText(key));
    if (marker) Object.assign(marker, { attempts, dueAt, code });
  }

  async deadLetter(key: CommentKey, attempts: number, code: string): Promise<void> {
    const marker = this.markers.get(commentKeyText(key));
    if (marker) Object.assign(marker, { attempts, code, dead: true });
  }

  async listDeadLetters(limit: number): Promise<DeadLetter[]> {
    return this.waiting(true)
      .slice(0, limit)
      .map(({ key, code, attempts }) => ({ key, code, attempts }));
  }

  async retryDeadLetters(now: string): Promise<number> {
    const dead = this.waiting(true);
    for (const marker of dead) Object.assign(marker, { dead: false, attempts: 0, dueAt: now });
    return dead.length;
  }

  async lease(key: CommentKey, now: string, until: string): Promise<boolean> {
    const marker = this.markers.get(commentKeyText(key));
    if (!marker || marker.dead || marker.dueAt > now) return false;
    marker.dueAt = until;
    return true;
  }

  async release(key: CommentKey, at: string): Promise<void> {
    const marker = this.markers.get(commentKeyText(key));
    if (marker) marker.dueAt = at;
  }

  async clear(key: CommentKey): Promise<void> {
    this.markers.delete(commentKeyText(key));
  }
}
