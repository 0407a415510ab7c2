import type { CommentKey } from '../domain/platform';

/**
 * What leads a new message to the conversation it belongs to, beyond its parent's id: each of the city's answers
 * by the id the platform gave it (a resident who replies to the city's answer joins that comment's conversation),
 * and each Messenger sender's open conversation (`messengerSenderKey`).
 */
export interface ConversationIndex {
  remember(key: CommentKey, comment: CommentKey): Promise<void>;
  find(key: CommentKey): Promise<CommentKey | undefined>;
  /** Forgets a key whose comment is purged under the records plan. */
  forget(key: CommentKey): Promise<void>;
}
