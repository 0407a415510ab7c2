import {
  isClosed,
  MODERATION_REASONS,
  NO_REPLY_REASONS,
  type HistoryEvent,
  type StoredComment,
} from '../services/domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../services/domain/platform';
import { isPlatformLink } from '../services/domain/platform-links';
import { REPLY_LIMITS } from '../services/domain/text-limits';
import { literal, run, runs } from './literal-text';
import type { CardStrings } from './locale/card-strings';
import { SV } from './locale/sv';

export const CARD_VERBS = {
  claim: 'claim',
  takeOver: 'take_over',
  release: 'release',
  preview: 'preview',
  edit: 'edit',
  reply: 'reply',
  acknowledge: 'acknowledge',
  refer: 'refer',
  openCase: 'open_case',
  closeCase: 'close_case',
  noReply: 'no_reply',
  hide: 'hide',
  remove: 'remove',
  reopen: 'reopen',
  answeredThere: 'answered_there',
  unhide: 'unhide',
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

export const INPUTS = {
  reply: 'replyText',
  platinaRef: 'platinaRef',
  noReplyReason: 'noReplyReason',
  noReplyNote: 'noReplyNote',
  moderationReason: 'moderationReason',
  removeConfirm: 'removeConfirm',
} as const;
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
  /** The language of the person the card is drawn for; Swedish when not given. */
  readonly strings?: CardStrings;
  /** How much of each long text to hold; the largest budget when not given. */
  readonly budget?: TextBudget;
}

type Element = Record<string, unknown>;

function text(value: string, extra: Element = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

function execute(verb: CardVerb, title: string, comment: StoredComment, extra: Element = {}): Element {
  return { type: 'Action.Execute', verb, title, data: { commentKey: commentKeyText(comment) }, ...extra };
}

/** What the card says of where the comment stands, and in which colour. */
export function stateLine(S: CardStrings, comment: StoredComment): { label: string; color: string } {
  const holder = comment.holder;
  const closer = comment.closure?.by.firstName ?? '';
  switch (comment.state) {
    case 'open':
      return comment.firstResponseAt
        ? { label: S.state.acknowledgedUnheld, color: 'warning' }
        : { label: S.state.fresh, color: 'attention' };
    case 'claimed':
      return { label: S.state.claimed(holder?.name ?? ''), color: 'accent' };
    case 'sending':
      return { label: S.state.sending(holder?.firstName ?? ''), color: 'accent' };
    case 'acknowledged':
      return { label: S.state.acknowledged(holder?.name ?? ''), color: 'warning' };
    case 'case':
      return { label: S.state.case(holder?.name ?? ''), color: 'accent' };
    case 'answered':
      return { label: S.state.answered(closer), color: 'good' };
    case 'referred':
      return { label: S.state.referred(closer), color: 'good' };
    case 'no_reply':
      return { label: S.state.noReply(closer), color: 'good' };
    case 'case_closed':
      return { label: S.state.caseClosed(closer), color: 'good' };
    case 'moderated':
      return {
        label: comment.moderation?.action === 'removed' ? S.state.removed(closer) : S.state.hidden(closer),
        color: 'warning',
      };
  }
}

/** Whether the first-response deadline is near or passed, while nobody has responded. */
export function deadlineBadge(
  comment: StoredComment,
  now: string | undefined,
  soonHours = 4,
): 'overdue' | 'soon' | undefined {
  if (!now || comment.firstResponseAt || isClosed(comment.state)) return undefined;
  const left = Date.parse(comment.deadline) - Date.parse(now);
  if (left <= 0) return 'overdue';
  if (left <= soonHours * 3_600_000) return 'soon';
  return undefined;
}

function duration(S: CardStrings, millis: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(millis) / 60_000));
  return S.duration(Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60);
}

function deadlineText(S: CardStrings, comment: StoredComment, now: string | undefined): string {
  const at = S.dateTime(comment.deadline);
  if (!now || comment.firstResponseAt || isClosed(comment.state)) return at;
  const left = Date.parse(comment.deadline) - Date.parse(now);
  return left > 0
    ? `${at} (${S.facts.left(duration(S, left))})`
    : `${at} (${S.facts.late(duration(S, left))})`;
}

function platformStatusLine(S: CardStrings, comment: StoredComment): Element | undefined {
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

function commentBody(S: CardStrings, comment: StoredComment, budget: TextBudget): Element[] {
  const whole = bounded(comment.text, budget.comment);
  const full = comment.text.length > 0 ? literal(whole.text) : literal(S.noText, { italic: true });
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
  if (comment.editedAt) {
    elements.push(text(S.edited(S.dateTime(comment.editedAt)), { isSubtle: true, size: 'small' }));
  }
  return elements;
}

function facts(S: CardStrings, comment: StoredComment, now: string | undefined): Element {
  const F = S.facts;
  const list = [
    { title: F.written, value: S.dateTime(comment.writtenAt) },
    { title: F.deadline, value: deadlineText(S, comment, now) },
  ];
  if (comment.firstResponseAt)
    list.push({ title: F.firstResponse, value: S.dateTime(comment.firstResponseAt) });
  if (comment.parentId) list.push({ title: F.type, value: F.replyToComment });
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

function postLine(S: CardStrings, comment: StoredComment): Element | undefined {
  const link = isPlatformLink(comment.postPermalink) ? comment.postPermalink : undefined;
  if (!link && !comment.postFirstWords) return undefined;
  const inlines = [run(S.onPost, { size: 'small', ...(link ? { url: link, color: 'accent' } : {}) })];
  if (comment.postFirstWords) inlines.push(run(`: ${comment.postFirstWords}`, { size: 'small' }));
  return runs(inlines);
}

function sentTexts(S: CardStrings, comment: StoredComment, budget: TextBudget): Element[] {
  return comment.sent.slice(-budget.sentShown).flatMap((sent) => {
    const shown = bounded(sent.text, budget.sentEach);
    return [
      text(S.sentTitle(sent.kind, sent.by.firstName, S.dateTime(sent.at)), { spacing: 'medium' }),
      literal(shown.text, { isSubtle: true }),
      ...(shown.cut ? [text(S.cutSentOnCard, { isSubtle: true, size: 'small' })] : []),
    ];
  });
}

function historyLine(S: CardStrings, event: HistoryEvent): string {
  const detail = event.detail ? `: ${event.detail}` : '';
  return `${S.dateTime(event.at)} · ${event.by} · ${S.historyActions[event.action]}${detail}`;
}

function history(S: CardStrings, comment: StoredComment, budget: TextBudget): Element[] {
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

function choices(labels: Readonly<Record<string, string>>, keys: readonly string[]) {
  return keys.map((key) => ({ title: labels[key] ?? key, value: key }));
}

function noReplyForm(S: CardStrings, comment: StoredComment): Element {
  return {
    type: 'Action.ShowCard',
    title: S.buttons.noReply,
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: INPUTS.noReplyReason,
          label: S.forms.noReplyQuestion,
          isRequired: true,
          errorMessage: S.forms.chooseReason,
          choices: choices(S.noReplyReasons, NO_REPLY_REASONS),
        },
        { type: 'Input.Text', id: INPUTS.noReplyNote, label: S.forms.noReplyNote, maxLength: 500 },
      ],
      actions: [execute(CARD_VERBS.noReply, S.buttons.closeWithoutReply, comment)],
    },
  };
}

function moderationForm(S: CardStrings, comment: StoredComment): Element {
  const platform = PLATFORM_NAMES[comment.platform];
  return {
    type: 'Action.ShowCard',
    title: S.buttons.hide,
    card: {
      type: 'AdaptiveCard',
      body: [
        text(S.forms.moderationIntro(platform), { size: 'small' }),
        {
          type: 'Input.ChoiceSet',
          id: INPUTS.moderationReason,
          label: S.forms.moderationReason,
          isRequired: true,
          errorMessage: S.forms.chooseReason,
          choices: choices(S.moderationReasons, MODERATION_REASONS),
        },
        {
          type: 'Input.Toggle',
          id: INPUTS.removeConfirm,
          title: S.forms.removeToggle,
          valueOn: 'true',
          valueOff: 'false',
        },
      ],
      actions: [
        execute(CARD_VERBS.hide, S.buttons.hideConfirm, comment, { style: 'destructive' }),
        execute(CARD_VERBS.remove, S.buttons.remove, comment, { style: 'destructive' }),
      ],
    },
  };
}

function caseForm(S: CardStrings, comment: StoredComment): Element {
  return {
    type: 'Action.ShowCard',
    title: S.buttons.requiresCase,
    card: {
      type: 'AdaptiveCard',
      body: [text(S.forms.caseIntro, { size: 'small' })],
      actions: [
        execute(CARD_VERBS.refer, S.buttons.refer, comment),
        execute(CARD_VERBS.openCase, S.buttons.handleHere, comment),
      ],
    },
  };
}

function actionRow(...actions: (Element | undefined)[]): Element {
  return { type: 'ActionSet', actions: actions.filter((a): a is Element => a !== undefined) };
}

function replyBox(S: CardStrings, view: CommentCardView): Element {
  const { comment } = view;
  return {
    type: 'Input.Text',
    id: INPUTS.reply,
    label: S.forms.replyLabel,
    isMultiline: true,
    maxLength: REPLY_LIMITS[comment.platform],
    placeholder: S.forms.replyPlaceholder,
    value: view.draft ?? comment.draft ?? '',
  };
}

function previewArea(S: CardStrings, view: CommentCardView, preview: ReplyPreview): Element[] {
  const { comment } = view;
  const data = { commentKey: commentKeyText(comment), draft: preview.draft };
  return [
    {
      type: 'Container',
      style: 'emphasis',
      items: [
        text(S.forms.previewTitle, { size: 'small' }),
        literal(preview.signedText),
        text(
          S.forms.charactersLeft(
            preview.charactersLeft,
            REPLY_LIMITS[comment.platform],
            PLATFORM_NAMES[comment.platform],
          ),
          {
            size: 'small',
            isSubtle: true,
          },
        ),
      ],
    },
    actionRow(
      execute(CARD_VERBS.reply, S.buttons.send, comment, { style: 'positive', data }),
      execute(CARD_VERBS.edit, S.buttons.edit, comment, { data }),
    ),
  ];
}

function workArea(S: CardStrings, view: CommentCardView): Element[] {
  const { comment } = view;
  const B = S.buttons;
  const removed = comment.platformStatus === 'removed';
  const canModerate = (comment.platform === 'facebook' || comment.platform === 'instagram') && !removed;
  if (isClosed(comment.state)) {
    const hidden = comment.moderation?.action === 'hidden';
    return [
      actionRow(
        hidden ? execute(CARD_VERBS.unhide, B.unhide, comment) : undefined,
        execute(CARD_VERBS.reopen, B.reopen, comment),
      ),
    ];
  }
  if (comment.state === 'sending') return [];
  if (comment.state === 'open') {
    return [
      actionRow(
        removed ? undefined : execute(CARD_VERBS.claim, B.claim, comment, { style: 'positive' }),
        noReplyForm(S, comment),
        canModerate ? moderationForm(S, comment) : undefined,
      ),
    ];
  }
  if (view.preview) return previewArea(S, view, view.preview);
  const elements: Element[] = [];
  if (view.manual && !removed) return manualArea(S, view);
  if (!removed) {
    elements.push(replyBox(S, view));
    elements.push(
      actionRow(
        execute(CARD_VERBS.preview, B.preview, comment, { style: 'positive' }),
        comment.state === 'claimed' ? execute(CARD_VERBS.acknowledge, B.acknowledge, comment) : undefined,
      ),
    );
  }
  if (comment.state === 'case') {
    elements.push({
      type: 'Input.Text',
      id: INPUTS.platinaRef,
      label: S.forms.platinaLabel,
      placeholder: S.forms.platinaPlaceholder(view.platinaExample ?? ''),
      maxLength: 40,
    });
    elements.push(
      actionRow(
        execute(CARD_VERBS.closeCase, B.closeCase, comment),
        execute(CARD_VERBS.takeOver, B.takeOver, comment),
      ),
    );
    return elements;
  }
  elements.push(
    actionRow(
      removed ? undefined : caseForm(S, comment),
      noReplyForm(S, comment),
      canModerate ? moderationForm(S, comment) : undefined,
    ),
  );
  elements.push(
    actionRow(
      execute(CARD_VERBS.release, B.release, comment),
      execute(CARD_VERBS.takeOver, B.takeOver, comment),
    ),
  );
  return elements;
}

/** Manual mode: answer on the platform, paste the answer, record it (history and statistics stay complete). */
function manualArea(S: CardStrings, view: CommentCardView): Element[] {
  const { comment } = view;
  const B = S.buttons;
  const platform = PLATFORM_NAMES[comment.platform];
  return [
    text(S.forms.manualIntro(platform), { size: 'small', isSubtle: true }),
    { ...replyBox(S, view), label: S.forms.manualLabel(platform) },
    actionRow(
      execute(CARD_VERBS.answeredThere, B.answeredThere, comment, { style: 'positive' }),
      comment.state === 'case' ? undefined : noReplyForm(S, comment),
    ),
    actionRow(
      comment.state === 'case' ? undefined : execute(CARD_VERBS.release, B.release, comment),
      execute(CARD_VERBS.takeOver, B.takeOver, comment),
    ),
  ];
}

function badgeColumn(S: CardStrings, badge: 'overdue' | 'soon' | undefined): Element[] {
  if (!badge) return [];
  const label = badge === 'overdue' ? S.badge.overdue : S.badge.soon;
  const color = badge === 'overdue' ? 'attention' : 'warning';
  return [
    {
      type: 'Column',
      width: 'auto',
      items: [text(`⏰ ${label}`, { weight: 'bolder', color, size: 'small' })],
    },
  ];
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
    ...(comment.anonymisedAt
      ? [text(S.anonymised(S.dateTime(comment.anonymisedAt)), { isSubtle: true, spacing: 'small' })]
      : [
          runs([run(comment.authorName, { weight: 'bolder' }), run(` ${S.wrote}`)], { spacing: 'small' }),
          ...commentBody(S, comment, budget),
        ]),
  ];
  const statusLine = platformStatusLine(S, comment);
  if (statusLine) body.push(statusLine);
  const post = postLine(S, comment);
  if (post) body.push(post);
  body.push(facts(S, comment, view.now));
  body.push(...sentTexts(S, comment, budget));
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
