import type { CommentKey } from '../domain/platform';

/**
 * Which comment each of the city's answers belongs to, by the id the platform gave the answer: a resident who
 * replies to the city's answer (an X reply to the city's tweet) joins that comment's conversation.
 */
export interface AnswerIndex {
  remember(answer: CommentKey, comment: CommentKey): Promise<void>;
  find(answer: CommentKey): Promise<CommentKey | undefined>;
  /** Forgets the answers of a comment whose details are purged under the records plan. */
  forget(answer: CommentKey): Promise<void>;
}
