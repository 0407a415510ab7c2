import { AppError, isAppError } from '../domain/app-error';
import type { HistoryEvent, StoredComment } from '../domain/comment';
import type { CommentKey } from '../domain/platform';
import type { CommentChange, Mutated, Versioned } from '../ports/index';

/** How often a change is asked again when another writer keeps winning the race. */
const ATTEMPTS = 5;

/**
 * The read–change–conditional-write loop behind every store's `mutate`: written once, so every store (the Azure
 * Tables one and the in-memory one) retries on a lost ETag race the same way.
 */
export async function mutateOnEtag(
  store: {
    get(key: CommentKey): Promise<Versioned<StoredComment> | undefined>;
    replace(comment: StoredComment, etag: string, event?: HistoryEvent): Promise<Versioned<StoredComment>>;
  },
  key: CommentKey,
  change: (current: StoredComment) => CommentChange | undefined,
): Promise<Mutated | undefined> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const current = await store.get(key);
    if (!current) return undefined;
    const next = change(current.value);
    if (!next || next.comment === current.value) return { ...current, changed: false };
    try {
      return { ...(await store.replace(next.comment, current.etag, next.event)), changed: true };
    } catch (error) {
      if (!isAppError(error, 'concurrent_update')) throw error;
    }
  }
  throw new AppError('concurrent_update', 'The comment kept changing');
}
