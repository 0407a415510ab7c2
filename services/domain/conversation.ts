import { isClosed } from './workflow';
import { type ConversationLink, type StoredComment, type ThreadSummary } from './comment';

/** How much of a parent's text and of the city's answer a reply keeps as its context. */
export const CONTEXT_CHARACTERS = 500;

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
  repliesTo?: 'city' | 'resident',
): StoredComment {
  const cityAnswer = latestCityAnswer(root === parent ? [root] : [root, parent]);
  // Between residents only where it cannot be the city's conversation: another resident's comment, on a platform
  // that threads a reply under what it answers (Instagram files a reply to the city's answer under the comment),
  // with no answer of the city in it yet.
  const residents =
    repliesTo === 'resident' &&
    !cityAnswer &&
    parent.authorId !== reply.authorId &&
    reply.platform !== 'instagram';
  const standing = repliesTo === 'city' ? 'city' : residents ? 'resident' : undefined;
  return {
    ...reply,
    conversation: {
      rootId: root.commentId,
      ...(standing ? { repliesTo: standing } : {}),
      ...(parent.text && !parent.anonymisedAt ? { parentText: excerpt(parent.text) } : {}),
      ...(cityAnswer ? { cityAnswer } : {}),
    },
  };
}

/** How a reply stands in its conversation, as the tally counts it. */
export interface ReplyStanding {
  /** Nobody has responded to it and it is not closed. */
  readonly waiting: boolean;
  readonly writtenAt: string;
}

/** A conversation's figures: its replies, those still waiting, and when the latest of those was written. */
export interface ThreadCount {
  readonly replies: number;
  readonly unanswered: number;
  readonly latestWaitingAt?: string;
}

/** A reply still waits for the city while nobody has responded to it and it is not closed. */
export function awaitsAnswer(reply: StoredComment): boolean {
  return !reply.firstResponseAt && !isClosed(reply.state);
}

/** How a reply counts in its conversation's figures. */
export function standingOf(reply: StoredComment): ReplyStanding {
  return { waiting: awaitsAnswer(reply), writtenAt: reply.writtenAt };
}

/**
 * A conversation's reply and waiting counts after one reply's standing changed: a reply counted for the first
 * time adds one reply, and one that starts or stops waiting moves the waiting count by one.
 */
export function recount(
  counted: { readonly replies: number; readonly unanswered: number },
  before: ReplyStanding | undefined,
  now: ReplyStanding,
): { replies: number; unanswered: number } {
  const was = before?.waiting ? 1 : 0;
  const is = now.waiting ? 1 : 0;
  return {
    replies: counted.replies + (before ? 0 : 1),
    unanswered: Math.max(0, counted.unanswered - was + is),
  };
}

/** Whether the first item already shows these figures (and carries no reply list from before the tally). */
export function showsFigures(thread: ThreadSummary | undefined, count: ThreadCount): boolean {
  return (
    thread !== undefined &&
    thread.replyIds === undefined &&
    thread.replies === count.replies &&
    thread.unanswered === count.unanswered &&
    thread.latestWaitingAt === count.latestWaitingAt
  );
}

/** Answered once, and a reply written after that answer waits: the conversation is open again. */
export function isReopened(root: StoredComment): boolean {
  const waiting = root.thread?.latestWaitingAt;
  const answeredAt = root.firstResponseAt ?? root.closure?.at;
  return (root.thread?.unanswered ?? 0) > 0 && !!waiting && !!answeredAt && waiting > answeredAt;
}
