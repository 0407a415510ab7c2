import { isClosed } from '../../domain/workflow';
import { type StoredComment } from '../../domain/comment';
import type { CommentKey } from '../../domain/platform';
import { joinConversation } from '../../domain/conversation';
import type { ConversationIndex, Comments } from '../../ports/index';

/**
 * The conversation a new comment belongs to, before it is stored: a reply to a tracked comment — or to one of the
 * city's answers to it — joins that comment's conversation. A reply whose parent is unknown (older than
 * Svarsvakten) starts a conversation of its own. Costs a read only for replies.
 */
export async function placeInConversation(
  deps: { readonly store: Pick<Comments, 'get'>; readonly conversationIndex?: ConversationIndex | undefined },
  comment: StoredComment,
): Promise<StoredComment> {
  if (comment.platform === 'messenger') return placeMessage(deps, comment);
  if (!comment.parentId) return comment;
  const { platform } = comment;
  let parent = await deps.store.get({ platform, commentId: comment.parentId });
  // Not a resident's comment Svarsvakten keeps: one of the city's answers, found by the comment it answered.
  let repliesTo: 'city' | 'resident' = 'resident';
  if (!parent && deps.conversationIndex) {
    const answered = await deps.conversationIndex.find({ platform, commentId: comment.parentId });
    if (answered) parent = await deps.store.get(answered);
    repliesTo = 'city';
  }
  if (!parent || parent.value.commentId === comment.commentId) return comment;
  const rootId = parent.value.conversation?.rootId;
  const root = rootId
    ? ((await deps.store.get({ platform, commentId: rootId }))?.value ?? parent.value)
    : parent.value;
  return joinConversation(comment, parent.value, root, repliesTo);
}

/** The key under which a Messenger sender's open conversation is found. */
export function messengerSenderKey(comment: Pick<StoredComment, 'accountId' | 'authorId'>): CommentKey {
  return { platform: 'messenger', commentId: `sender:${comment.accountId}:${comment.authorId}` };
}

/**
 * Messenger has no replies to point at: a message from someone whose conversation with the contact centre is still
 * open (its first message not closed, or a message in its thread waiting) joins that conversation's thread.
 */
async function placeMessage(
  deps: { readonly store: Pick<Comments, 'get'>; readonly conversationIndex?: ConversationIndex | undefined },
  message: StoredComment,
): Promise<StoredComment> {
  if (!deps.conversationIndex || !message.authorId) return message;
  const rootKey = await deps.conversationIndex.find(messengerSenderKey(message));
  const root = rootKey && (await deps.store.get(rootKey))?.value;
  if (!root || root.commentId === message.commentId || root.anonymisedAt) return message;
  const open = !isClosed(root.state) || (root.thread?.unanswered ?? 0) > 0;
  return open ? joinConversation(message, root, root) : message;
}

/** A Messenger message that starts a conversation is where the sender's next messages go while it is open. */
export async function rememberConversationStart(
  index: ConversationIndex | undefined,
  comment: StoredComment,
): Promise<void> {
  if (comment.platform !== 'messenger' || comment.conversation || !comment.authorId) return;
  await index?.remember(messengerSenderKey(comment), comment);
}
