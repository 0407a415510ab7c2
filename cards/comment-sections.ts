import { foreignLanguageOf } from '../services/domain/comment-language';
import type { HistoryEvent, StoredComment } from '../services/domain/comment';
import { PLATFORM_NAMES } from '../services/domain/platform';
import { isSigned } from '../services/domain/platform-answer';
import { isPlatformLink } from '../services/domain/platform-links';
import { text, type Element } from './card-elements';
import { deadlineText } from './comment-state';
import { literal, run, runs } from './literal-text';
import type { CardStrings } from './locale/card-strings';

/** The parts of a comment card that show what happened: the comment, its facts, the post, what was sent, the history. */

export const SHORT_TEXT_LIMIT = 400;
export const HISTORY_LINES_SHOWN = 3;

/**
 * How much of each long text a card holds. Teams refuses a message over about 100 KB (UTF-16) and asks bots to stay
 * within 80 KB: the renderer draws `full` and falls back to smaller budgets for a comment with long texts.
 */
export interface TextBudget {
  /** The comment's text (after "Visa hela kommentaren"). */
  readonly comment: number;
  /** Each text sent, and how many of the latest are shown. */
  readonly sentEach: number;
  readonly sentShown: number;
  /** History lines on the card (older ones behind "Visa hela historiken"). */
  readonly historyLines: number;
}

export const TEXT_BUDGETS: readonly TextBudget[] = [
  { comment: 12_000, sentEach: 4_000, sentShown: 5, historyLines: 8 },
  { comment: 4_000, sentEach: 800, sentShown: 2, historyLines: 5 },
  { comment: 1_000, sentEach: 200, sentShown: 1, historyLines: 3 },
];

/** A text cut to at most `max` characters (code points), marked where it was cut. */
function bounded(value: string, max: number): { text: string; cut: boolean } {
  const chars = [...value];
  if (chars.length <= max) return { text: value, cut: false };
  return { text: chars.slice(0, max).join('').trimEnd() + ' …', cut: true };
}

export function platformStatusLine(S: CardStrings, comment: StoredComment): Element | undefined {
  const platform = PLATFORM_NAMES[comment.platform];
  const warning = { color: 'warning', weight: 'bolder' };
  if (comment.moderation) {
    const { action, by, reason } = comment.moderation;
    return text(
      S.moderatedLine(action === 'removed', platform, by.name, S.moderationReasons[reason]),
      warning,
    );
  }
  if (comment.platformStatus === 'removed') return text(S.removedByAuthor(platform), warning);
  if (comment.platformStatus === 'hidden') return text(S.hiddenOn(platform), warning);
  return undefined;
}

export function commentBody(S: CardStrings, comment: StoredComment, budget: TextBudget): Element[] {
  const whole = bounded(comment.text, budget.comment);
  if (comment.text.length === 0 && comment.media?.length) return [];
  const missing = comment.textMissing ? S.mentionTextMissing : S.noText;
  const full = comment.text.length > 0 ? literal(whole.text) : literal(missing, { italic: true });
  const chars = [...comment.text];
  const elements: Element[] = [];
  if (chars.length > SHORT_TEXT_LIMIT) {
    const short = chars.slice(0, SHORT_TEXT_LIMIT).join('').trimEnd() + ' …';
    elements.push(literal(short, {}, { id: 'commentShort' }));
    elements.push({ ...full, id: 'commentFull', isVisible: false });
    elements.push({
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: S.showWholeComment,
          targetElements: ['commentShort', 'commentFull'],
        },
      ],
    });
  } else {
    elements.push(full);
  }
  if (whole.cut)
    elements.push(text(S.cutOnCard(PLATFORM_NAMES[comment.platform]), { isSubtle: true, size: 'small' }));
  const language = foreignLanguageOf(comment.text);
  if (language) elements.push(text(S.writtenIn(language), { size: 'small', color: 'accent' }));
  if (comment.editedAt) {
    elements.push(text(S.edited(S.dateTime(comment.editedAt)), { isSubtle: true, size: 'small' }));
  }
  return elements;
}

export function facts(S: CardStrings, comment: StoredComment, now: string | undefined): Element {
  const F = S.facts;
  const list = [
    { title: F.written, value: S.dateTime(comment.writtenAt) },
    { title: F.deadline, value: deadlineText(S, comment, now) },
  ];
  if (comment.firstResponseAt)
    list.push({ title: F.firstResponse, value: S.dateTime(comment.firstResponseAt) });
  if (comment.parentId) list.push({ title: F.type, value: F.replyToComment });
  if (comment.origin === 'visitor_post') list.push({ title: F.type, value: F.visitorPost });
  if (comment.origin === 'mention') list.push({ title: F.type, value: F.mention });
  if (comment.origin === 'instagram_direct') list.push({ title: F.type, value: F.instagramDirect });
  if (comment.previousHolder && comment.holder) {
    list.push({ title: F.takenOver, value: F.takenOverFrom(comment.previousHolder.name) });
  }
  if (comment.closure?.platinaRef) list.push({ title: F.platinaRef, value: comment.closure.platinaRef });
  if (comment.closure?.reason) {
    const note = comment.closure.note ? ` – ${comment.closure.note}` : '';
    list.push({ title: F.reason, value: `${S.noReplyReasons[comment.closure.reason]}${note}` });
  }
  return { type: 'FactSet', facts: list };
}

export function postLine(S: CardStrings, comment: StoredComment): Element | undefined {
  const link = isPlatformLink(comment.postPermalink) ? comment.postPermalink : undefined;
  if (!link && !comment.postFirstWords) return undefined;
  const inlines = [run(S.onPost, { size: 'small', ...(link ? { url: link, color: 'accent' } : {}) })];
  if (comment.postFirstWords) inlines.push(run(`: ${comment.postFirstWords}`, { size: 'small' }));
  return runs(inlines);
}

export function sentTexts(S: CardStrings, comment: StoredComment, budget: TextBudget): Element[] {
  return comment.sent.slice(-budget.sentShown).flatMap((sent) => {
    const shown = bounded(sent.text, budget.sentEach);
    const title = sent.onPlatform
      ? S.answeredOnPlatformTitle(PLATFORM_NAMES[comment.platform], S.dateTime(sent.at))
      : S.sentTitle(sent.kind, sent.by.firstName, S.dateTime(sent.at));
    return [
      text(title, { spacing: 'medium' }),
      literal(shown.text, { isSubtle: true }),
      ...(shown.cut ? [text(S.cutSentOnCard, { isSubtle: true, size: 'small' })] : []),
      ...(sent.onPlatform && !isSigned(sent.text)
        ? [text(S.answerUnsigned, { color: 'warning', size: 'small' })]
        : []),
    ];
  });
}

function historyLine(S: CardStrings, event: HistoryEvent): string {
  const detail = event.detail ? `: ${event.detail}` : '';
  return `${S.dateTime(event.at)} · ${event.by} · ${S.historyActions[event.action]}${detail}`;
}

export function history(S: CardStrings, comment: StoredComment, budget: TextBudget): Element[] {
  if (comment.recent.length === 0) return [];
  const lines = [...comment.recent].reverse().slice(0, budget.historyLines);
  const line = (event: HistoryEvent) =>
    literal(historyLine(S, event), { size: 'small', isSubtle: true }, { spacing: 'none' });
  const elements: Element[] = [
    text(`**${S.history}**`, { size: 'small', spacing: 'medium', separator: true }),
    ...lines.slice(0, HISTORY_LINES_SHOWN).map(line),
  ];
  const older = lines.slice(HISTORY_LINES_SHOWN);
  if (older.length > 0) {
    elements.push({ type: 'Container', id: 'olderHistory', isVisible: false, items: older.map(line) });
    elements.push({
      type: 'ActionSet',
      actions: [{ type: 'Action.ToggleVisibility', title: S.showHistory, targetElements: ['olderHistory'] }],
    });
  }
  return elements;
}
