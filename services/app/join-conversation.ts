import type { StoredComment } from '../domain/comment';
import { joinConversation, withReply } from '../domain/conversation';
import type { AnswerIndex, Comments, Mutated } from '../ports';

/**
 * The conversation a new comment belongs to, before it is stored: a reply to a tracked comment — or to one of the
 * city's answers to it — joins that comment's conversation. A reply whose parent is unknown (older than
 * Svarsvakten) starts a conversation of its own. Costs a read only for replies.
 */
export async function placeInConversation(
  deps: { readonly store: Pick<Comments, 'get'>; readonly answers?: AnswerIndex | undefined },
  comment: StoredComment,
): Promise<StoredComment> {
  if (!comment.parentId || comment.platform === 'messenger') return comment;
  const { platform } = comment;
  let parent = await deps.store.get({ platform, commentId: comment.parentId });
  if (!parent && deps.answers) {
    const answered = await deps.answers.find({ platform, commentId: comment.parentId });
    if (answered) parent = await deps.store.get(answered);
  }
  if (!parent || parent.value.commentId === comment.commentId) return comment;
  const rootId = parent.value.conversation?.rootId;
  const root = rootId
    ? ((await deps.store.get({ platform, commentId: rootId }))?.value ?? parent.value)
    : parent.value;
  return joinConversation(comment, parent.value, root);
}

/** Lists a stored reply in its conversation's first item (idempotent: a redelivery lists nothing twice). */
export function listInThread(
  store: Pick<Comments, 'mutate'>,
  reply: StoredComment,
): Promise<Mutated | undefined> {
  const rootId = reply.conversation?.rootId;
  if (!rootId) return Promise.resolve(undefined);
  return store.mutate({ platform: reply.platform, commentId: rootId }, (root) => ({
    comment: withReply(root, reply),
  }));
}
