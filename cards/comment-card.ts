import {
  isClosed,
  MODERATION_REASONS,
  NO_REPLY_REASONS,
  type HistoryEvent,
  type StoredComment,
} from '../services/domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../services/domain/platform';
import { REPLY_LIMITS } from '../services/domain/text-limits';
import { HISTORY_TEXTS, MODERATION_REASON_TEXTS, NO_REPLY_REASON_TEXTS } from './card-texts';
import { swedishDateTime } from './swedish-time';

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
/** Kept for callers that only know the reply box. */
export const REPLY_INPUT_ID = INPUTS.reply;
export const SHORT_TEXT_LIMIT = 400;
export const HISTORY_LINES_SHOWN = 3;

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
}

type Element = Record<string, unknown>;

function text(value: string, extra: Element = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

/** Adaptive Card markdown would turn a resident's *stars* or [brackets] into formatting: show them as typed. */
export function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_{}[\]()#+\-.!>|~])/g, '\\$1').replace(/\r?\n/g, '\n\n');
}

function execute(verb: CardVerb, title: string, comment: StoredComment, extra: Element = {}): Element {
  return { type: 'Action.Execute', verb, title, data: { commentKey: commentKeyText(comment) }, ...extra };
}

function stateLine(comment: StoredComment): { label: string; color: string } {
  const holder = comment.holder;
  const closer = comment.closure?.by.firstName ?? '';
  switch (comment.state) {
    case 'open':
      return comment.firstResponseAt
        ? { label: 'Bekräftad – ingen har tagit den', color: 'warning' }
        : { label: 'Ny – ingen har tagit den', color: 'attention' };
    case 'claimed':
      return { label: `Tagen av ${holder?.name ?? ''}`, color: 'accent' };
    case 'sending':
      return { label: `Skickas av ${holder?.firstName ?? ''} …`, color: 'accent' };
    case 'acknowledged':
      return { label: `Bekräftad – svar utlovat (${holder?.name ?? ''})`, color: 'warning' };
    case 'case':
      return { label: `Ärende – handläggs av ${holder?.name ?? ''}`, color: 'accent' };
    case 'answered':
      return { label: `Besvarad av ${closer}`, color: 'good' };
    case 'referred':
      return { label: `Hänvisad av ${closer}`, color: 'good' };
    case 'no_reply':
      return { label: `Inget svar behövs (${closer})`, color: 'good' };
    case 'case_closed':
      return { label: `Ärende dokumenterat i Platina (${closer})`, color: 'good' };
    case 'moderated':
      return {
        label: `${comment.moderation?.action === 'removed' ? 'Borttagen' : 'Dold'} av ${closer}`,
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

function duration(millis: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(millis) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d ${hours} tim`;
  if (hours > 0) return `${hours} tim ${rest} min`;
  return `${rest} min`;
}

function deadlineText(comment: StoredComment, now: string | undefined): string {
  const at = swedishDateTime(comment.deadline);
  if (!now || comment.firstResponseAt || isClosed(comment.state)) return at;
  const left = Date.parse(comment.deadline) - Date.parse(now);
  return left > 0 ? `${at} (${duration(left)} kvar)` : `${at} (försenad ${duration(left)})`;
}

function platformStatusLine(comment: StoredComment): Element | undefined {
  const platform = PLATFORM_NAMES[comment.platform];
  if (comment.moderation) {
    const what = comment.moderation.action === 'removed' ? 'Borttagen' : 'Dold';
    return text(
      `${what} på ${platform} av ${comment.moderation.by.name} – ${MODERATION_REASON_TEXTS[comment.moderation.reason]}. En kopia av kommentaren är sparad.`,
      { color: 'warning', weight: 'bolder' },
    );
  }
  if (comment.platformStatus === 'removed') {
    return text(`⚠ Kommentaren har tagits bort av skribenten på ${platform}.`, {
      color: 'warning',
      weight: 'bolder',
    });
  }
  if (comment.platformStatus === 'hidden') {
    return text(`Kommentaren är dold på ${platform}.`, { color: 'warning', weight: 'bolder' });
  }
  return undefined;
}

function commentBody(comment: StoredComment): Element[] {
  const full = comment.text.length > 0 ? escapeMarkdown(comment.text) : '_(ingen text)_';
  const chars = [...comment.text];
  const elements: Element[] = [];
  if (chars.length > SHORT_TEXT_LIMIT) {
    const short = escapeMarkdown(chars.slice(0, SHORT_TEXT_LIMIT).join('').trimEnd()) + ' …';
    elements.push(text(short, { id: 'commentShort' }));
    elements.push(text(full, { id: 'commentFull', isVisible: false }));
    elements.push({
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: 'Visa hela kommentaren',
          targetElements: ['commentShort', 'commentFull'],
        },
      ],
    });
  } else {
    elements.push(text(full));
  }
  if (comment.editedAt) {
    elements.push(text(`Redigerad ${swedishDateTime(comment.editedAt)}`, { isSubtle: true, size: 'small' }));
  }
  return elements;
}

function facts(comment: StoredComment, now: string | undefined): Element {
  const list = [
    { title: 'Skriven', value: swedishDateTime(comment.writtenAt) },
    { title: 'Svara senast', value: deadlineText(comment, now) },
  ];
  if (comment.firstResponseAt)
    list.push({ title: 'Första svar', value: swedishDateTime(comment.firstResponseAt) });
  if (comment.parentId) list.push({ title: 'Typ', value: 'Svar på en annan kommentar' });
  if (comment.previousHolder && comment.holder) {
    list.push({ title: 'Övertagen', value: `från ${comment.previousHolder.name}` });
  }
  if (comment.closure?.platinaRef) list.push({ title: 'Diarienummer', value: comment.closure.platinaRef });
  if (comment.closure?.reason) {
    const note = comment.closure.note ? ` – ${comment.closure.note}` : '';
    list.push({ title: 'Skäl', value: `${NO_REPLY_REASON_TEXTS[comment.closure.reason]}${note}` });
  }
  return { type: 'FactSet', facts: list };
}

function postLine(comment: StoredComment): Element | undefined {
  if (!comment.postPermalink) return undefined;
  const words = comment.postFirstWords ? `: ${escapeMarkdown(comment.postFirstWords)}` : '';
  return text(`På [inlägget](${comment.postPermalink})${words}`, { size: 'small' });
}

function sentTexts(comment: StoredComment): Element[] {
  const titles = {
    reply: 'Svar',
    holding_reply: '"Vi har sett din kommentar"',
    referral: 'Hänvisning',
  } as const;
  return comment.sent.flatMap((sent) => [
    text(`**${titles[sent.kind]} från ${sent.by.firstName}** (${swedishDateTime(sent.at)}):`, {
      spacing: 'medium',
    }),
    text(escapeMarkdown(sent.text), { isSubtle: true }),
  ]);
}

function historyLine(event: HistoryEvent): string {
  const detail = event.detail ? `: ${escapeMarkdown(event.detail)}` : '';
  return `${swedishDateTime(event.at)} · ${escapeMarkdown(event.by)} · ${HISTORY_TEXTS[event.action]}${detail}`;
}

function history(comment: StoredComment): Element[] {
  if (comment.recent.length === 0) return [];
  const lines = [...comment.recent].reverse();
  const shown = lines.slice(0, HISTORY_LINES_SHOWN);
  const hidden = lines.slice(HISTORY_LINES_SHOWN);
  const elements: Element[] = [
    text('**Historik**', { size: 'small', spacing: 'medium', separator: true }),
    ...shown.map((line) => text(historyLine(line), { size: 'small', isSubtle: true, spacing: 'none' })),
  ];
  if (hidden.length > 0) {
    elements.push({
      type: 'Container',
      id: 'olderHistory',
      isVisible: false,
      items: hidden.map((line) =>
        text(historyLine(line), { size: 'small', isSubtle: true, spacing: 'none' }),
      ),
    });
    elements.push({
      type: 'ActionSet',
      actions: [
        { type: 'Action.ToggleVisibility', title: 'Visa hela historiken', targetElements: ['olderHistory'] },
      ],
    });
  }
  return elements;
}

function choices(labels: Readonly<Record<string, string>>, keys: readonly string[]) {
  return keys.map((key) => ({ title: labels[key] ?? key, value: key }));
}

function noReplyForm(comment: StoredComment): Element {
  return {
    type: 'Action.ShowCard',
    title: 'Inget svar behövs',
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: INPUTS.noReplyReason,
          label: 'Varför behövs inget svar?',
          isRequired: true,
          errorMessage: 'Välj ett skäl',
          choices: choices(NO_REPLY_REASON_TEXTS, NO_REPLY_REASONS),
        },
        {
          type: 'Input.Text',
          id: INPUTS.noReplyNote,
          label: 'Kommentar (krävs för "Annat")',
          maxLength: 500,
        },
      ],
      actions: [execute(CARD_VERBS.noReply, 'Stäng utan svar', comment)],
    },
  };
}

function moderationForm(comment: StoredComment): Element {
  const platform = PLATFORM_NAMES[comment.platform];
  return {
    type: 'Action.ShowCard',
    title: 'Dölj',
    card: {
      type: 'AdaptiveCard',
      body: [
        text(
          `Döljer kommentaren på ${platform} enligt lagen om elektroniska anslagstavlor (5 §) eller stadens regler. En kopia sparas först.`,
          { size: 'small' },
        ),
        {
          type: 'Input.ChoiceSet',
          id: INPUTS.moderationReason,
          label: 'Skäl',
          isRequired: true,
          errorMessage: 'Välj ett skäl',
          choices: choices(MODERATION_REASON_TEXTS, MODERATION_REASONS),
        },
        {
          type: 'Input.Toggle',
          id: INPUTS.removeConfirm,
          title: 'Ta bort kommentaren helt (kan inte ångras) – krävs för "Ta bort"',
          valueOn: 'true',
          valueOff: 'false',
        },
      ],
      actions: [
        execute(CARD_VERBS.hide, 'Dölj kommentaren', comment, { style: 'destructive' }),
        execute(CARD_VERBS.remove, 'Ta bort', comment, { style: 'destructive' }),
      ],
    },
  };
}

function caseForm(comment: StoredComment): Element {
  return {
    type: 'Action.ShowCard',
    title: 'Kräver ärende',
    card: {
      type: 'AdaptiveCard',
      body: [
        text(
          'Kommentarer är inga ärenden. Hänvisa personen till stadens vanliga kontaktvägar – eller, om du är handläggare, hantera ärendet här och dokumentera det i Platina.',
          { size: 'small' },
        ),
      ],
      actions: [
        execute(CARD_VERBS.refer, 'Hänvisa (skickar hänvisningen)', comment),
        execute(CARD_VERBS.openCase, 'Handläggs här', comment),
      ],
    },
  };
}

function actionRow(...actions: (Element | undefined)[]): Element {
  return { type: 'ActionSet', actions: actions.filter((a): a is Element => a !== undefined) };
}

function replyBox(view: CommentCardView): Element {
  const { comment } = view;
  return {
    type: 'Input.Text',
    id: INPUTS.reply,
    label: `Svar (signeras automatiskt med ditt namn)`,
    isMultiline: true,
    maxLength: REPLY_LIMITS[comment.platform],
    placeholder: 'Skriv ett personligt svar …',
    value: view.draft ?? comment.draft ?? '',
  };
}

function previewArea(view: CommentCardView, preview: ReplyPreview): Element[] {
  const { comment } = view;
  return [
    {
      type: 'Container',
      style: 'emphasis',
      items: [
        text('**Förhandsvisning** – så här publiceras svaret:', { size: 'small' }),
        text(escapeMarkdown(preview.signedText)),
        text(
          `${preview.charactersLeft} tecken kvar av ${REPLY_LIMITS[comment.platform]} på ${PLATFORM_NAMES[comment.platform]}`,
          {
            size: 'small',
            isSubtle: true,
          },
        ),
      ],
    },
    actionRow(
      execute(CARD_VERBS.reply, 'Skicka', comment, {
        style: 'positive',
        data: { commentKey: commentKeyText(comment), draft: preview.draft },
      }),
      execute(CARD_VERBS.edit, 'Ändra', comment, {
        data: { commentKey: commentKeyText(comment), draft: preview.draft },
      }),
    ),
  ];
}

function workArea(view: CommentCardView): Element[] {
  const { comment } = view;
  const removed = comment.platformStatus === 'removed';
  const canModerate = comment.platform === 'facebook' && !removed;
  if (isClosed(comment.state)) return [actionRow(execute(CARD_VERBS.reopen, 'Återöppna', comment))];
  if (comment.state === 'sending') return [];
  if (comment.state === 'open') {
    return [
      actionRow(
        removed ? undefined : execute(CARD_VERBS.claim, 'Ta', comment, { style: 'positive' }),
        noReplyForm(comment),
        canModerate ? moderationForm(comment) : undefined,
      ),
    ];
  }
  if (view.preview) return previewArea(view, view.preview);
  const elements: Element[] = [];
  if (!removed) {
    elements.push(replyBox(view));
    elements.push(
      actionRow(
        execute(CARD_VERBS.preview, 'Förhandsgranska svar', comment, { style: 'positive' }),
        comment.state === 'claimed'
          ? execute(CARD_VERBS.acknowledge, 'Vi har sett din kommentar', comment)
          : undefined,
      ),
    );
  }
  if (comment.state === 'case') {
    elements.push({
      type: 'Input.Text',
      id: INPUTS.platinaRef,
      label: 'Diarienummer i Platina',
      placeholder: view.platinaExample ? `t.ex. ${view.platinaExample}` : 'Diarienummer',
      maxLength: 40,
    });
    elements.push(
      actionRow(
        execute(CARD_VERBS.closeCase, 'Stäng ärendet', comment),
        execute(CARD_VERBS.takeOver, 'Ta över', comment),
      ),
    );
    return elements;
  }
  elements.push(
    actionRow(
      removed ? undefined : caseForm(comment),
      noReplyForm(comment),
      canModerate ? moderationForm(comment) : undefined,
    ),
  );
  elements.push(
    actionRow(
      execute(CARD_VERBS.release, 'Släpp', comment),
      execute(CARD_VERBS.takeOver, 'Ta över', comment),
    ),
  );
  return elements;
}

function badgeColumn(badge: 'overdue' | 'soon' | undefined): Element[] {
  if (!badge) return [];
  const label = badge === 'overdue' ? 'Försenad' : 'Snart försenad';
  return [
    {
      type: 'Column',
      width: 'auto',
      items: [
        text(`⏰ ${label}`, {
          weight: 'bolder',
          color: badge === 'overdue' ? 'attention' : 'warning',
          size: 'small',
        }),
      ],
    },
  ];
}

/** The card for one comment, as everybody in the channel sees it (plus what is only for the person who clicked). */
export function renderCommentCard(view: CommentCardView): Record<string, unknown> {
  const { comment } = view;
  const platform = PLATFORM_NAMES[comment.platform];
  const state = stateLine(comment);
  const body: Element[] = [
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            text(`**${platform}** · ${escapeMarkdown(view.accountName)}`, { size: 'small', isSubtle: true }),
          ],
        },
        {
          type: 'Column',
          width: 'auto',
          items: [text(state.label, { weight: 'bolder', color: state.color, size: 'small' })],
        },
        ...badgeColumn(deadlineBadge(comment, view.now, view.soonHours)),
      ],
    },
    text(`**${escapeMarkdown(comment.authorName)}** skrev:`, { spacing: 'small' }),
    ...commentBody(comment),
  ];
  const statusLine = platformStatusLine(comment);
  if (statusLine) body.push(statusLine);
  const post = postLine(comment);
  if (post) body.push(post);
  body.push(facts(comment, view.now));
  body.push(...sentTexts(comment));
  if (view.notice) {
    const style =
      view.notice.tone === 'good' ? 'good' : view.notice.tone === 'warning' ? 'warning' : 'attention';
    body.push({ type: 'Container', style, items: [text(view.notice.text, { weight: 'bolder' })] });
  }
  body.push(...workArea(view));
  body.push(...history(comment));
  const actions: Element[] = [];
  if (comment.permalink)
    actions.push({ type: 'Action.OpenUrl', title: `Öppna på ${platform}`, url: comment.permalink });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  };
}
