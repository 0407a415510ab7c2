import { commentKeyText, type CommentKey } from '../../../services/domain/platform';
import type { PendingRedaction, RegistryQueue } from '../../../services/ports/index';

/**
 * Markers of work owed for a comment, in memory: the redactions (marked by the comment store's purge, as Table
 * storage writes them with it) or the registry's documents (marked by the close).
 */
export class InMemoryRedactionQueue implements RegistryQueue {
  private readonly markers = new Map<
    string,
    { key: CommentKey; dueAt: string; attempts: number; version: number }
  >();
  private versions = 0;

  mark(key: CommentKey, dueAt: string): void {
    this.markers.set(commentKeyText(key), {
      key: { platform: key.platform, commentId: key.commentId },
      dueAt,
      attempts: 0,
      version: ++this.versions,
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
    return Promise.resolve(
      due.map((m) => ({ key: { ...m.key }, attempts: m.attempts, version: String(m.version) })),
    );
  }

  retryLater(key: CommentKey, attempts: number, dueAt: string): Promise<void> {
    const marker = this.markers.get(commentKeyText(key));
    if (marker)
      this.markers.set(commentKeyText(key), { ...marker, attempts, dueAt, version: ++this.versions });
    return Promise.resolve();
  }

  lease(pending: PendingRedaction, until: string): Promise<boolean> {
    const marker = this.markers.get(commentKeyText(pending.key));
    if (!marker || String(marker.version) !== pending.version) return Promise.resolve(false);
    this.markers.set(commentKeyText(pending.key), { ...marker, dueAt: until, version: ++this.versions });
    return Promise.resolve(true);
  }

  done(key: CommentKey): Promise<void> {
    this.markers.delete(commentKeyText(key));
    return Promise.resolve();
  }
}
