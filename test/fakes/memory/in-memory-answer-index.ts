import { commentKeyText, type CommentKey } from '../../../services/domain/platform';
import type { AnswerIndex } from '../../../services/ports';

/** The answer index in memory, held to the same contract as the Azure Tables one. */
export class InMemoryAnswerIndex implements AnswerIndex {
  private readonly rows = new Map<string, CommentKey>();

  async remember(answer: CommentKey, comment: CommentKey): Promise<void> {
    this.rows.set(commentKeyText(answer), { platform: comment.platform, commentId: comment.commentId });
  }

  async find(answer: CommentKey): Promise<CommentKey | undefined> {
    const found = this.rows.get(commentKeyText(answer));
    return found && { ...found };
  }

  async forget(answer: CommentKey): Promise<void> {
    this.rows.delete(commentKeyText(answer));
  }
}
