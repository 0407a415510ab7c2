import type { StoredComment } from '../services/domain/comment';
import { PLATFORM_NAMES } from '../services/domain/platform';
import { conversationContext, threadLine } from './conversation-sections';
import { mediaSection } from './media-section';
import { isPlatformLink } from '../services/domain/platform-links';
import { text, type Element } from './card-elements';
import { workArea } from './comment-forms';
import {
  commentBody,
  facts,
  history,
  platformStatusLine,
  postLine,
  sentTexts,
  TEXT_BUDGETS,
  type TextBudget,
} from './comment-sections';
import { badgeColumn, deadlineBadge, stateLine } from './comment-state';
import { run, runs } from './literal-text';
import type { CardStrings } from './locale/card-strings';
import { SV } from './locale/sv';
import { questionsSection, type Colleague, type SavedAnswerChoice } from './teamwork-forms';

export { CARD_VERBS, INPUTS, type CardVerb } from './card-verbs';
export { HISTORY_LINES_SHOWN, SHORT_TEXT_LIMIT, TEXT_BUDGETS, type TextBudget } from './comment-sections';
export { deadlineBadge, stateLine } from './comment-state';

export interface CardNotice {
  readonly tone: 'attention' | 'good' | 'warning';
  readonly text: string;
}

/** What will be posted, shown to the writer before one more click sends it. */
export interface ReplyPreview {
  readonly draft: string;
  readonly signedText: string;
  readonly charactersLeft: number;
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
  /** The language of the person the card is drawn for; Swedish when not given. */
  readonly strings?: CardStrings;
  /** How much of each long text to hold; the largest budget when not given. */
  readonly budget?: TextBudget;
}

/**
 * The card for one comment, as everybody in the channel sees it (plus what is only for the person who clicked), in
 * the language of the person it is drawn for: Swedish by default.
 */
export function renderCommentCard(view: CommentCardView): Record<string, unknown> {
  const S = view.strings ?? SV;
  const { comment } = view;
  const budget = view.budget ?? TEXT_BUDGETS[0]!;
  const platform = PLATFORM_NAMES[comment.platform];
  const state = stateLine(S, comment);
  const body: Element[] = [
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            runs([
              run(platform, { weight: 'bolder', size: 'small', isSubtle: true }),
              run(` · ${view.accountName}`, { size: 'small', isSubtle: true }),
            ]),
          ],
        },
        {
          type: 'Column',
          width: 'auto',
          items: [text(state.label, { weight: 'bolder', color: state.color, size: 'small' })],
        },
        ...badgeColumn(S, deadlineBadge(comment, view.now, view.soonHours)),
      ],
    },
    ...threadLine(S, comment),
    ...(comment.anonymisedAt
      ? [text(S.anonymised(S.dateTime(comment.anonymisedAt)), { isSubtle: true, spacing: 'small' })]
      : [
          runs(
            [run(comment.authorName || S.unnamedAuthor(platform), { weight: 'bolder' }), run(` ${S.wrote}`)],
            {
              spacing: 'small',
            },
          ),
          ...commentBody(S, comment, budget),
          ...mediaSection(S, comment),
        ]),
    ...conversationContext(S, comment),
  ];
  const statusLine = platformStatusLine(S, comment);
  if (statusLine) body.push(statusLine);
  const post = postLine(S, comment);
  if (post) body.push(post);
  body.push(facts(S, comment, view.now));
  body.push(...sentTexts(S, comment, budget));
  body.push(...questionsSection(S, comment));
  if (view.notice) {
    const style =
      view.notice.tone === 'good' ? 'good' : view.notice.tone === 'warning' ? 'warning' : 'attention';
    body.push({ type: 'Container', style, items: [text(view.notice.text, { weight: 'bolder' })] });
  }
  body.push(...workArea(S, view));
  body.push(...history(S, comment, budget));
  const actions: Element[] = [];
  if (isPlatformLink(comment.permalink))
    actions.push({ type: 'Action.OpenUrl', title: S.buttons.openOn(platform), url: comment.permalink });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  };
}
