import { renderCommentCard, type CardNotice } from '../cards/comment-card';
import type { StoredComment } from '../services/domain/comment';
import type { AccountDirectory } from './account-directory';

/** Renders a comment's card with the account's display name filled in. */
export class CardRenderer {
  constructor(private readonly accounts: AccountDirectory) {}

  render(
    comment: StoredComment,
    extras: { notice?: CardNotice; draft?: string } = {},
  ): Record<string, unknown> {
    return renderCommentCard({
      comment,
      accountName: this.accounts.displayName(comment.platform, comment.accountId),
      ...extras,
    });
  }
}
