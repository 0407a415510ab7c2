import { commentKeyText, type CommentKey } from '../../../services/domain/platform';
import type { PendingRedaction, RegistryQueue } from '../../../services/ports/index';

/**
 * Markers of work owed for a comment, in memory: the redactions (marked by the comment store's purge, as Table
 * storage writes them with it) or the registry's documents (marked by the close).
 */
export class InMemoryRedactionQueue implements RegistryQueue {
  private readonly markers = new Map<string, { key: CommentKey; dueAt: string; attempts: number }>();

  mark(key: CommentKey, dueAt: string): void {
    this.markers.set(commentKeyText(key), {
      key: { platform: key.platform, commentId: key.commentId },
      dueAt,
      attempts: 0,
    });
  }

  owe(key: CommentKey, dueAt: string): Promise<void> {
    this.mark(key, dueAt);
    return Promise.resolve();
  }

  listDue(now: string, limit: number): Promise<PendingRedaction[]> {
    const due = [...this.markers.values()]
      .filter((m) => m.dueAt <= now)
      .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))
      .slice(0, limit);
    return Promise.resolve(due.map((m) => ({ key: { ...m.key }, attempts: m.attempts })));
  }

  retryLater(key: CommentKey, attempts: number, dueAt: string): Promise<void> {
    const marker = this.markers.get(commentKeyText(key));
    if (marker) this.markers.set(commentKeyText(key), { ...marker, attempts, dueAt });
    return Promise.resolve();
  }

  done(key: CommentKey): Promise<void> {
    this.markers.delete(commentKeyText(key));
    return Promise.resolve();
  }
}
