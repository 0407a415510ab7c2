import { renderCommentCard, type CardNotice, type ReplyPreview } from '../cards/comment-card';
import type { StoredComment } from '../services/domain/comment';
import type { AccountDirectory } from './account-directory';

export interface RenderExtras {
  readonly notice?: CardNotice;
  readonly draft?: string;
  readonly preview?: ReplyPreview;
}

/** Renders a comment's card with the account's display name and the Platina example filled in. */
export class CardRenderer {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly platinaExample: string,
  ) {}

  render(comment: StoredComment, extras: RenderExtras = {}): Record<string, unknown> {
    return renderCommentCard({
      comment,
      accountName: this.accounts.displayName(comment.platform, comment.accountId),
      platinaExample: this.platinaExample,
      ...extras,
    });
  }
}
