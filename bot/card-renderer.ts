import { renderCommentCard, type CardNotice, type ReplyPreview } from '../cards/comment-card';
import type { CardStrings } from '../cards/locale/card-strings';
import type { StoredComment } from '../services/domain/comment';
import type { Clock } from '../services/ports';
import type { AccountDirectory } from './account-directory';

export interface RenderExtras {
  readonly notice?: CardNotice;
  readonly draft?: string;
  readonly preview?: ReplyPreview;
  readonly strings?: CardStrings;
}

/** Renders a comment's card as of now, with the account's display name and the Platina example filled in. */
export class CardRenderer {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly platinaExample: string,
    private readonly clock: Clock,
    private readonly soonHours: number,
  ) {}

  render(comment: StoredComment, extras: RenderExtras = {}): Record<string, unknown> {
    return renderCommentCard({
      comment,
      accountName: this.accounts.displayName(comment.platform, comment.accountId),
      manual: !this.accounts.canPublish(comment.platform, comment.accountId),
      platinaExample: this.platinaExample,
      now: this.clock.now().toUTC().toISO() ?? '',
      soonHours: this.soonHours,
      ...extras,
    });
  }
}
