import type { CommentCardView } from './comment-card-view';
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
} from './comment-sections';
import { badgeColumn, deadlineBadge, stateLine } from './comment-state';
import { run, runs } from './literal-text';
import { SV } from './locale/sv';
import { questionsSection } from './teamwork-forms';

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
  if (view.documentLink && comment.state === 'case_closed' && !comment.anonymisedAt)
    actions.push({ type: 'Action.OpenUrl', title: S.buttons.platinaDocument, url: view.documentLink });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  };
}
