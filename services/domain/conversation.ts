import { isClosed, type ConversationLink, type StoredComment, type ThreadSummary } from './comment';

/** How much of a parent's text and of the city's answer a reply keeps as its context. */
export const CONTEXT_CHARACTERS = 500;
/** Replies a conversation's first item lists; a conversation longer than this is counted up to here. */
export const THREAD_REPLIES_KEPT = 500;

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= CONTEXT_CHARACTERS ? text : `${chars.slice(0, CONTEXT_CHARACTERS).join('')} …`;
}

/** The city's latest answer in a conversation: the newest text sent (or given on the platform) on these items. */
function latestCityAnswer(items: readonly StoredComment[]): ConversationLink['cityAnswer'] {
  const sent = items.flatMap((item) => item.sent).sort((a, b) => a.at.localeCompare(b.at));
  const latest = sent.at(-1);
  return latest ? { text: excerpt(latest.text), at: latest.at } : undefined;
}

/**
 * A reply to a tracked comment joins that comment's conversation: its card goes into the thread of the
 * conversation's first card, and it carries the parent's words and the city's latest answer as its context.
 */
export function joinConversation(
  reply: StoredComment,
  parent: StoredComment,
  root: StoredComment,
): StoredComment {
  const cityAnswer = latestCityAnswer(root === parent ? [root] : [root, parent]);
  return {
    ...reply,
    conversation: {
      rootId: root.commentId,
      ...(parent.text && !parent.anonymisedAt ? { parentText: excerpt(parent.text) } : {}),
      ...(cityAnswer ? { cityAnswer } : {}),
    },
  };
}

/** The first item with the reply listed in its thread (once). */
export function withReply(root: StoredComment, reply: StoredComment): StoredComment {
  const listed = root.thread?.replyIds ?? [];
  if (listed.includes(reply.commentId) || listed.length >= THREAD_REPLIES_KEPT) return root;
  const replyIds = [...listed, reply.commentId];
  const latest = root.thread?.latestWaitingAt;
  return {
    ...root,
    thread: {
      replyIds,
      replies: replyIds.length,
      unanswered: (root.thread?.unanswered ?? 0) + 1,
      latestWaitingAt: latest && latest > reply.writtenAt ? latest : reply.writtenAt,
    },
  };
}

/** A reply still waits for the city while nobody has responded to it and it is not closed. */
export function awaitsAnswer(reply: StoredComment): boolean {
  return !reply.firstResponseAt && !isClosed(reply.state);
}

/**
 * The thread as its replies now stand. A reply listed since they were read (it arrived meanwhile) counts as
 * waiting, as a new reply does.
 */
export function summarise(root: StoredComment, replies: readonly StoredComment[]): ThreadSummary {
  const replyIds = root.thread?.replyIds ?? replies.map((reply) => reply.commentId);
  const read = new Map(replies.map((reply) => [reply.commentId, reply]));
  let unanswered = 0;
  let latestWaitingAt: string | undefined;
  for (const id of replyIds) {
    const reply = read.get(id);
    if (reply && !awaitsAnswer(reply)) continue;
    unanswered += 1;
    const at = reply?.writtenAt ?? root.thread?.latestWaitingAt;
    if (at && (!latestWaitingAt || at > latestWaitingAt)) latestWaitingAt = at;
  }
  return { replyIds, replies: replyIds.length, unanswered, ...(latestWaitingAt ? { latestWaitingAt } : {}) };
}

/** Answered once, and a reply written after that answer waits: the conversation is open again. */
export function isReopened(root: StoredComment): boolean {
  const waiting = root.thread?.latestWaitingAt;
  const answeredAt = root.firstResponseAt ?? root.closure?.at;
  return (root.thread?.unanswered ?? 0) > 0 && !!waiting && !!answeredAt && waiting > answeredAt;
}
