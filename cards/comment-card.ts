import type { StoredComment } from '../services/domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../services/domain/platform';
import { REPLY_LIMITS } from '../services/domain/text-limits';
import { swedishDateTime } from './swedish-time';

export const CARD_VERBS = { claim: 'claim', release: 'release', reply: 'reply' } as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

export const REPLY_INPUT_ID = 'replyText';
export const SHORT_TEXT_LIMIT = 400;

export interface CardNotice {
  readonly tone: 'attention' | 'good' | 'warning';
  readonly text: string;
}

export interface CommentCardView {
  readonly comment: StoredComment;
  readonly accountName: string;
  /** Shown only to the person whose click it answers. */
  readonly notice?: CardNotice;
  /** The draft to put back in the reply box (what was typed when a send failed). */
  readonly draft?: string;
}

type Element = Record<string, unknown>;

function text(value: string, extra: Element = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

/** Adaptive Card markdown would turn a resident's *stars* or [brackets] into formatting: show them as typed. */
export function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_{}[\]()#+\-.!>|~])/g, '\\$1').replace(/\r?\n/g, '\n\n');
}

function stateLine(comment: StoredComment): { label: string; color: string } {
  switch (comment.state) {
    case 'open':
      return { label: 'Ny – ingen har tagit den', color: 'attention' };
    case 'claimed':
      return { label: `Tagen av ${comment.holder?.name ?? ''}`, color: 'accent' };
    case 'sending':
      return { label: `Svar skickas av ${comment.holder?.firstName ?? ''} …`, color: 'accent' };
    case 'answered':
      return { label: `Besvarad av ${comment.answer?.by.firstName ?? ''}`, color: 'good' };
  }
}

function platformStatusLine(comment: StoredComment): Element | undefined {
  const platform = PLATFORM_NAMES[comment.platform];
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

function facts(comment: StoredComment): Element {
  const list = [
    { title: 'Skriven', value: swedishDateTime(comment.writtenAt) },
    { title: 'Svara senast', value: swedishDateTime(comment.deadline) },
  ];
  if (comment.parentId) list.push({ title: 'Typ', value: 'Svar på en annan kommentar' });
  return { type: 'FactSet', facts: list };
}

function postLine(comment: StoredComment): Element | undefined {
  if (!comment.postPermalink) return undefined;
  const words = comment.postFirstWords ? `: ${escapeMarkdown(comment.postFirstWords)}` : '';
  return text(`På [inlägget](${comment.postPermalink})${words}`, { size: 'small' });
}

function actionData(comment: StoredComment): Record<string, string> {
  return { commentKey: commentKeyText(comment) };
}

function workActions(view: CommentCardView): { body: Element[]; actions: Element[] } {
  const { comment } = view;
  const data = actionData(comment);
  const removed = comment.platformStatus === 'removed';
  if (comment.state === 'answered' && comment.answer) {
    return {
      body: [
        text(`**Svar från ${comment.answer.by.firstName}** (${swedishDateTime(comment.answer.at)}):`, {
          spacing: 'medium',
        }),
        text(escapeMarkdown(comment.answer.text), { isSubtle: true }),
      ],
      actions: [],
    };
  }
  if (comment.state === 'open') {
    return {
      body: [],
      actions: removed
        ? []
        : [{ type: 'Action.Execute', verb: CARD_VERBS.claim, title: 'Ta', style: 'positive', data }],
    };
  }
  const draft = view.draft ?? comment.draft ?? '';
  const limit = REPLY_LIMITS[comment.platform];
  const body: Element[] = removed
    ? []
    : [
        {
          type: 'Input.Text',
          id: REPLY_INPUT_ID,
          label: `Svar (signeras automatiskt med /${comment.holder?.firstName ?? ''})`,
          isMultiline: true,
          maxLength: limit,
          placeholder: 'Skriv ett personligt svar …',
          value: draft,
        },
      ];
  const actions: Element[] = [];
  if (!removed)
    actions.push({
      type: 'Action.Execute',
      verb: CARD_VERBS.reply,
      title: 'Skicka svar',
      style: 'positive',
      data,
    });
  actions.push({ type: 'Action.Execute', verb: CARD_VERBS.release, title: 'Släpp', data });
  return { body, actions };
}

/** The card for one comment, as everybody in the channel sees it (plus a notice for the person who clicked). */
export function renderCommentCard(view: CommentCardView): Record<string, unknown> {
  const { comment } = view;
  const platform = PLATFORM_NAMES[comment.platform];
  const state = stateLine(comment);
  const work = workActions(view);
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
      ],
    },
    text(`**${escapeMarkdown(comment.authorName)}** skrev:`, { spacing: 'small' }),
    ...commentBody(comment),
  ];
  const statusLine = platformStatusLine(comment);
  if (statusLine) body.push(statusLine);
  const post = postLine(comment);
  if (post) body.push(post);
  body.push(facts(comment));
  if (view.notice) {
    body.push({
      type: 'Container',
      style: view.notice.tone === 'good' ? 'good' : view.notice.tone === 'warning' ? 'warning' : 'attention',
      items: [text(view.notice.text, { weight: 'bolder' })],
    });
  }
  body.push(...work.body);
  const actions = [...work.actions];
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
