import type { PlainLanguageAdvice } from '../services/domain/plain-language/advise';
import type { StoredComment } from '../services/domain/comment';
import { type TextBudget } from './comment-sections';
import type { CardStrings } from './locale/card-strings';
import { type Colleague, type SavedAnswerChoice } from './teamwork-forms';

export interface CardNotice {
  readonly tone: 'attention' | 'good' | 'warning';
  readonly text: string;
}

/** What will be posted, shown to the writer before one more click sends it. */
export interface ReplyPreview {
  readonly draft: string;
  readonly signedText: string;
  readonly charactersLeft: number;
  /** The klarspråk help on the draft. */
  readonly advice?: PlainLanguageAdvice;
}

export interface CommentCardView {
  readonly comment: StoredComment;
  readonly accountName: string;
  /** Shown only to the person whose click it answers. */
  readonly notice?: CardNotice;
  /** The draft to put back in the reply box (what was typed when a send failed). */
  readonly draft?: string;
  readonly preview?: ReplyPreview;
  /** An example of a right Platina reference, for the case form. */
  readonly platinaExample?: string;
  /** The time the card is drawn at (ISO), for the time left and the "Snart försenad"/"Försenad" badge. */
  readonly now?: string;
  /** Hours before the deadline when the badge says "Snart försenad". */
  readonly soonHours?: number;
  /** The account has no publishing credentials: staff answer on the platform and record it here. */
  readonly manual?: boolean;
  /** The platform refused the account's credential: manual mode, and the card says the account needs connecting. */
  readonly reconnect?: boolean;
  /** The trained colleagues an item can be assigned to (Tilldela). */
  readonly colleagues?: readonly Colleague[];
  /** The saved answers for the comment's account (Svarsmallar). */
  readonly savedAnswers?: readonly SavedAnswerChoice[];
  /** The departments that can be asked (Fråga verksamheten). */
  readonly departments?: readonly string[];
  /** Where trained staff open a closed case's document for Platina: the overview tab, which fetches it signed in. */
  readonly documentLink?: string;
  /** The language of the person the card is drawn for; Swedish when not given. */
  readonly strings?: CardStrings;
  /** How much of each long text to hold; the largest budget when not given. */
  readonly budget?: TextBudget;
}
