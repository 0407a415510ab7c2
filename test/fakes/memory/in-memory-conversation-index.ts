import { commentKeyText, type CommentKey } from '../../../services/domain/platform';
import type { ConversationIndex } from '../../../services/ports/index';

/** The answer index in memory, held to the same contract as the Azure Tables one. */
export class InMemoryConversationIndex implements ConversationIndex {
  private readonly rows = new Map<string, CommentKey>();

  async remember(key: CommentKey, comment: CommentKey): Promise<void> {
    this.rows.set(commentKeyText(key), { platform: comment.platform, commentId: comment.commentId });
  }

  async find(key: CommentKey): Promise<CommentKey | undefined> {
    const found = this.rows.get(commentKeyText(key));
    return found && { ...found };
  }

  async forget(key: CommentKey): Promise<void> {
    this.rows.delete(commentKeyText(key));
  }
}
