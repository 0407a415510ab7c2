import { plainLanguageHelp } from './plain-language-help';
import { triageOf, type Triage } from '../services/domain/triage';
import { isClosed, MODERATION_REASONS, NO_REPLY_REASONS } from '../services/domain/workflow';
import { type StoredComment } from '../services/domain/comment';
import { commentKeyText, MODERATION, PLATFORM_NAMES } from '../services/domain/platform';
import { REPLY_LIMITS } from '../services/domain/text-limits';
import { execute, text, type Element } from './card-elements';
import { CARD_VERBS, INPUTS } from './card-verbs';
import type { CommentCardView, ReplyPreview } from './comment-card-view';
import { literal } from './literal-text';
import { actionRow } from './action-row';
import { approvalArea, askDepartmentForm, assignForm, savedAnswerPicker } from './teamwork-forms';
import type { CardStrings } from './locale/card-strings';

/** The parts of a comment card where a person acts: the buttons, the reply box and preview, the forms. */

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

/** Dölj / Ta bort with a ground; only what the platform allows (X hides and cannot delete). */
function moderationForm(S: CardStrings, comment: StoredComment): Element {
  const platform = PLATFORM_NAMES[comment.platform];
  const canRemove = MODERATION[comment.platform].remove;
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
        canRemove
          ? {
              type: 'Input.Toggle',
              id: INPUTS.removeConfirm,
              title: S.forms.removeToggle,
              valueOn: 'true',
              valueOff: 'false',
            }
          : undefined,
      ].filter((element) => element !== undefined),
      actions: [
        execute(CARD_VERBS.hide, S.buttons.hideConfirm, comment, { style: 'destructive' }),
        canRemove
          ? execute(CARD_VERBS.remove, S.buttons.remove, comment, { style: 'destructive' })
          : undefined,
      ].filter((action) => action !== undefined),
    },
  };
}

function caseForm(S: CardStrings, comment: StoredComment): Element {
  return {
    type: 'Action.ShowCard',
    title: S.buttons.requiresCase,
    card: {
      type: 'AdaptiveCard',
      body: [
        text(S.forms.caseIntro, { size: 'small' }),
        actionRow(
          S.buttons.more,
          execute(CARD_VERBS.refer, S.buttons.refer, comment),
          execute(CARD_VERBS.openCase, S.buttons.handleHere, comment),
        ),
      ],
    },
  };
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
        ...(preview.advice ? plainLanguageHelp(S, preview.advice) : []),
      ],
    },
    actionRow(
      S.buttons.more,
      execute(CARD_VERBS.reply, S.buttons.send, comment, { style: 'positive', data }),
      execute(CARD_VERBS.edit, S.buttons.edit, comment, { data }),
    ),
  ];
}

export function workArea(S: CardStrings, view: CommentCardView): Element[] {
  const { comment } = view;
  const B = S.buttons;
  const removed = comment.platformStatus === 'removed';
  const canModerate = MODERATION[comment.platform].hide && !removed;
  if (isClosed(comment.state)) {
    // After the records plan there is nothing left to answer or show again: the words are gone.
    if (comment.anonymisedAt) return [];
    const hidden = comment.moderation?.action === 'hidden';
    return [
      actionRow(
        S.buttons.more,
        hidden ? execute(CARD_VERBS.unhide, B.unhide, comment) : undefined,
        execute(CARD_VERBS.reopen, B.reopen, comment),
      ),
    ];
  }
  if (comment.state === 'sending') return [];
  if (comment.state === 'awaiting_approval') return approvalArea(S, comment);
  const assign = removed ? undefined : assignForm(S, comment, view.colleagues ?? []);
  const ask = removed ? undefined : askDepartmentForm(S, comment, view.departments ?? []);
  if (comment.state === 'open') {
    const triage = removed ? undefined : triageOf(comment, [view.accountName]);
    return [
      ...(triage ? triageSuggestion(S, comment, triage) : []),
      actionRow(
        S.buttons.more,
        removed ? undefined : execute(CARD_VERBS.claim, B.claim, comment, { style: 'positive' }),
        assign,
        noReplyForm(S, comment),
        canModerate ? moderationForm(S, comment) : undefined,
      ),
    ];
  }
  if (view.preview) return previewArea(S, view, view.preview);
  const elements: Element[] = [];
  if (view.manual && !removed) return manualArea(S, view);
  if (!removed) {
    elements.push(...savedAnswerPicker(S, comment, view.savedAnswers ?? []));
    elements.push(replyBox(S, view));
    elements.push(
      actionRow(
        S.buttons.more,
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
        S.buttons.more,
        execute(CARD_VERBS.closeCase, B.closeCase, comment),
        execute(CARD_VERBS.takeOver, B.takeOver, comment),
      ),
    );
    return elements;
  }
  elements.push(
    actionRow(
      S.buttons.more,
      removed ? undefined : caseForm(S, comment),
      noReplyForm(S, comment),
      canModerate ? moderationForm(S, comment) : undefined,
    ),
  );
  elements.push(
    actionRow(
      S.buttons.more,
      ask,
      execute(CARD_VERBS.release, B.release, comment),
      execute(CARD_VERBS.takeOver, B.takeOver, comment),
      assign,
    ),
  );
  return elements;
}

/** A comment that likely needs no answer: said so, with the close one click away and its reason filled in. */
function triageSuggestion(S: CardStrings, comment: StoredComment, triage: Triage): Element[] {
  return [
    text(S.triage[triage.kind], { size: 'small', color: 'accent', weight: 'bolder' }),
    actionRow(
      S.buttons.more,
      execute(CARD_VERBS.noReply, S.triage.close, comment, {
        data: { commentKey: commentKeyText(comment), [INPUTS.noReplyReason]: triage.reason },
      }),
    ),
  ];
}

/** Manual mode: answer on the platform, paste the answer, record it (history and statistics stay complete). */
function manualArea(S: CardStrings, view: CommentCardView): Element[] {
  const { comment } = view;
  const B = S.buttons;
  const platform = PLATFORM_NAMES[comment.platform];
  return [
    view.reconnect
      ? text(S.forms.reconnectIntro(platform), { size: 'small', color: 'attention' })
      : text(S.forms.manualIntro(platform), { size: 'small', isSubtle: true }),
    { ...replyBox(S, view), label: S.forms.manualLabel(platform) },
    actionRow(
      S.buttons.more,
      execute(CARD_VERBS.answeredThere, B.answeredThere, comment, { style: 'positive' }),
      comment.state === 'case' ? undefined : noReplyForm(S, comment),
    ),
    actionRow(
      S.buttons.more,
      comment.state === 'case' ? undefined : execute(CARD_VERBS.release, B.release, comment),
      execute(CARD_VERBS.takeOver, B.takeOver, comment),
    ),
  ];
}
