import { cardBytes, MAX_CARD_BYTES } from '../../../cards/card-size';
import { renderCommentCard } from '../../../cards/comment-card';
import { type CardNotice, type ReplyPreview } from '../../../cards/comment-card-view';
import { TEXT_BUDGETS, type TextBudget } from '../../../cards/comment-sections';
import type { CardStrings } from '../../../cards/locale/card-strings';
import type { Colleague, SavedAnswerChoice } from '../../../cards/teamwork-forms';
import { renderStormCard, type StormView } from '../../../cards/storm-card';
import type { StoredComment } from '../../domain/comment';
import { commentKeyText } from '../../domain/platform';
import type { CardDrawing } from './posting-seams';
import type { Clock } from '../../ports/index';
import type { AccountDirectory } from '../accounts/account-directory';
import { utcIso } from '../../domain/utc-iso';
import type { ReaderLanguage } from '../../domain/reader-language';

export interface RenderExtras {
  readonly notice?: CardNotice;
  readonly draft?: string;
  readonly preview?: ReplyPreview;
  readonly strings?: CardStrings;
}

/** Renders the cards as of now: a comment's with the account's display name and the Platina example filled in. */
export class CardRenderer implements CardDrawing {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly platinaExample: string,
    private readonly clock: Clock,
    private readonly soonHours: number,
    private readonly offers: {
      /** The colleagues a card offers for Tilldela. */
      readonly colleagues?: (comment: StoredComment) => readonly Colleague[];
      /** The saved answers a card offers for its account. */
      readonly savedAnswers?: (comment: StoredComment) => readonly SavedAnswerChoice[];
      /** The departments a card offers for Fråga verksamheten. */
      readonly departments?: () => readonly string[];
      /** Where a closed case's document for Platina opens (the overview tab). */
      readonly documentLink?: (comment: StoredComment) => string;
      /** What a storm's card names its post by: a keyed id (the post may be a resident's own, and the card stays). */
      readonly stormKey?: (comment: StoredComment) => string;
    } = {},
  ) {}

  /** The card with as much of each long text as fits within Teams' 80 KB. */
  render(comment: StoredComment, extras: RenderExtras = {}): Record<string, unknown> {
    let card: Record<string, unknown> = {};
    for (const budget of TEXT_BUDGETS) {
      card = this.draw(comment, extras, budget);
      if (cardBytes(card) <= MAX_CARD_BYTES) return card;
    }
    return card;
  }

  /** The card with the smallest budget: what is posted after Teams refused a card as too big (413). */
  renderSmallest(comment: StoredComment, extras: RenderExtras = {}): Record<string, unknown> {
    return this.draw(comment, extras, TEXT_BUDGETS[TEXT_BUDGETS.length - 1]!);
  }

  renderStorm(
    comment: StoredComment,
    since: string,
    count: number,
    closed?: StormView['closed'],
    language?: ReaderLanguage,
  ): Record<string, unknown> {
    return renderStormCard({
      ...(language ? { language } : {}),
      stormKey: this.offers.stormKey?.(comment) ?? commentKeyText(comment),
      ...(closed ? { closed } : {}),
      platform: comment.platform,
      accountName: this.accounts.displayName(comment.platform, comment.accountId),
      ...(comment.postFirstWords ? { postFirstWords: comment.postFirstWords } : {}),
      ...(comment.postPermalink ? { postPermalink: comment.postPermalink } : {}),
      count,
      since,
    });
  }

  private draw(comment: StoredComment, extras: RenderExtras, budget: TextBudget): Record<string, unknown> {
    return renderCommentCard({
      comment,
      accountName: this.accounts.displayName(comment.platform, comment.accountId),
      manual: !this.accounts.canPublish(comment.platform, comment.accountId),
      reconnect: this.accounts.needsReconnect(comment.platform, comment.accountId),
      platinaExample: this.platinaExample,
      now: utcIso(this.clock.now()),
      soonHours: this.soonHours,
      colleagues: this.offers.colleagues?.(comment) ?? [],
      savedAnswers: this.offers.savedAnswers?.(comment) ?? [],
      departments: this.offers.departments?.() ?? [],
      ...(this.offers.documentLink ? { documentLink: this.offers.documentLink(comment) } : {}),
      budget,
      ...extras,
    });
  }
}
