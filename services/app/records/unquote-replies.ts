import type { StoredComment } from '../../domain/comment';
import type { KeyedIds } from '../../domain/keyed-id';
import { commentKeyText } from '../../domain/platform';
import type { CommentQueries, Comments } from '../../ports/index';
import type { CardRefresh } from '../posting/posting-seams';

/**
 * The replies to comments the records plan just purged: each kept the start of the comment it answered and the
 * city's answer before it (both quote and greet the resident), and the purged comment's id. Those quotes go, the id
 * becomes the keyed one the purged comment now lives under (so the reply still finds its conversation), and the
 * reply's card is drawn again. How many replies changed.
 */
export async function unquoteReplies(
  deps: {
    readonly store: Pick<Comments, 'mutate'> & Pick<CommentQueries, 'listWrittenSince'>;
    readonly keyedIds: KeyedIds;
    readonly updater?: CardRefresh;
  },
  purged: readonly StoredComment[],
): Promise<number> {
  if (purged.length === 0) return 0;
  const gone = new Set(purged.map(commentKeyText));
  const since = purged.reduce(
    (earliest, c) => (c.writtenAt < earliest ? c.writtenAt : earliest),
    purged[0]!.writtenAt,
  );
  const was = (reply: StoredComment, id: string | undefined) =>
    id !== undefined && gone.has(commentKeyText({ platform: reply.platform, commentId: id }));
  const key = (reply: StoredComment, id: string) =>
    deps.keyedIds({ platform: reply.platform, commentId: id });
  let changed = 0;
  for (const reply of await deps.store.listWrittenSince(since)) {
    const link = reply.conversation;
    if (!link || reply.anonymisedAt || !(was(reply, link.rootId) || was(reply, reply.parentId))) continue;
    const written = await deps.store.mutate(reply, (current) => {
      const now = current.conversation;
      if (!now) return undefined;
      const rootId = was(current, now.rootId) ? key(current, now.rootId) : now.rootId;
      const parentId =
        current.parentId && was(current, current.parentId)
          ? key(current, current.parentId)
          : current.parentId;
      return { comment: { ...current, conversation: { rootId }, ...(parentId ? { parentId } : {}) } };
    });
    if (!written?.changed) continue;
    changed += 1;
    await deps.updater?.refresh(written.value);
  }
  return changed;
}
