import { actionRow } from './action-row';
import type { StoredComment } from '../services/domain/comment';
import { commentKeyText } from '../services/domain/platform';
import { execute, text, type Element } from './card-elements';
import { CARD_VERBS, INPUTS } from './card-verbs';
import { literal } from './literal-text';
import type { CardStrings } from './locale/card-strings';

/** A trained colleague an item can be assigned to. */
export interface Colleague {
  readonly id: string;
  readonly name: string;
}

/** Tilldela: a colleague from the trained list, and a note for them; absent when nobody else is on the list. */
export function assignForm(
  S: CardStrings,
  comment: StoredComment,
  colleagues: readonly Colleague[],
): Element | undefined {
  const others = colleagues.filter((c) => c.id !== comment.holder?.id);
  if (others.length === 0) return undefined;
  const T = S.teamwork;
  return {
    type: 'Action.ShowCard',
    title: T.assign,
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: INPUTS.assignee,
          label: T.assignLabel,
          isRequired: true,
          errorMessage: T.chooseColleague,
          placeholder: T.chooseColleague,
          choices: others.map((c) => ({ title: c.name, value: c.id })),
        },
        { type: 'Input.Text', id: INPUTS.assignNote, label: T.assignNote, isMultiline: true, maxLength: 500 },
      ],
      actions: [execute(CARD_VERBS.assign, T.assignConfirm, comment)],
    },
  };
}

/** A saved answer a card offers: its id and title. */
export interface SavedAnswerChoice {
  readonly id: string;
  readonly title: string;
  /** BCP 47; a choice in another language than Swedish says which. */
  readonly language?: string;
}

/** Svarsmallar: pick one, and it fills the reply box, to be personalised, previewed and signed. */
export function savedAnswerPicker(
  S: CardStrings,
  comment: StoredComment,
  answers: readonly SavedAnswerChoice[],
): Element[] {
  if (answers.length === 0) return [];
  const T = S.teamwork;
  return [
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.ChoiceSet',
              id: INPUTS.savedAnswer,
              label: T.savedAnswerLabel,
              placeholder: T.savedAnswerPlaceholder,
              choices: answers.map((a) => ({
                title: a.language && a.language !== 'sv' ? T.savedAnswerIn(a.title, a.language) : a.title,
                value: a.id,
              })),
            },
          ],
        },
        {
          type: 'Column',
          width: 'auto',
          verticalContentAlignment: 'bottom',
          items: [
            { type: 'ActionSet', actions: [execute(CARD_VERBS.useSavedAnswer, T.useSavedAnswer, comment)] },
          ],
        },
      ],
    },
  ];
}

/** Fråga verksamheten: a department from the bound ones, and the question; absent when none is bound. */
export function askDepartmentForm(
  S: CardStrings,
  comment: StoredComment,
  departments: readonly string[],
): Element | undefined {
  if (departments.length === 0 || comment.platform === 'messenger') return undefined;
  const T = S.teamwork;
  return {
    type: 'Action.ShowCard',
    title: T.askDepartment,
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: INPUTS.department,
          label: T.departmentLabel,
          isRequired: true,
          errorMessage: T.chooseDepartment,
          choices: departments.map((name) => ({ title: name, value: name })),
        },
        {
          type: 'Input.Text',
          id: INPUTS.question,
          label: T.questionLabel,
          isMultiline: true,
          isRequired: true,
          maxLength: 1000,
        },
      ],
      actions: [execute(CARD_VERBS.askDepartment, T.askConfirm, comment)],
    },
  };
}

/** What departments were asked and answered: each answer offered as a draft for the reply. */
export function questionsSection(S: CardStrings, comment: StoredComment): Element[] {
  const T = S.teamwork;
  return (comment.questions ?? []).flatMap((q) => [
    text(q.answer ? T.answeredBy(q.department, q.answer.by) : T.waitingFor(q.department), {
      size: 'small',
      weight: 'bolder',
      spacing: 'medium',
    }),
    literal(q.question, { size: 'small', isSubtle: true }),
    ...(q.answer
      ? [
          literal(q.answer.text, { size: 'small' }),
          ...(comment.holder && comment.state !== 'awaiting_approval' && comment.state !== 'sending'
            ? [
                {
                  type: 'ActionSet',
                  actions: [
                    execute(CARD_VERBS.useDepartmentAnswer, T.useAsDraft, comment, {
                      data: { commentKey: commentKeyText(comment), questionId: q.id },
                    }),
                  ],
                },
              ]
            : []),
        ]
      : []),
  ]);
}

/**
 * A reply or a removal waiting for approval: the reply as it will be published (or the removal's ground), and what
 * approvers can do with it.
 */
export function approvalArea(S: CardStrings, comment: StoredComment): Element[] {
  if (comment.state !== 'awaiting_approval') return [];
  const T = S.teamwork;
  const { approval } = comment;
  const removal = approval.kind === 'removal';
  return [
    {
      type: 'Container',
      style: 'emphasis',
      items: removal
        ? [
            text(T.removalTitle(comment.holder.name, S.moderationReasons[approval.reason]), {
              size: 'small',
            }),
            text(T.removalHint, { size: 'small', isSubtle: true }),
          ]
        : [
            text(T.approvalTitle(comment.holder.name), { size: 'small' }),
            literal(approval.signedText),
            text(T.approvalHint, { size: 'small', isSubtle: true }),
          ],
    },
    actionRow(
      S.buttons.more,
      execute(CARD_VERBS.approve, removal ? T.approveRemoval : T.approve, comment, {
        style: removal ? 'destructive' : 'positive',
      }),
      {
        type: 'Action.ShowCard',
        title: T.sendBack,
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Text',
              id: INPUTS.sendBackNote,
              label: T.sendBackNote,
              isMultiline: true,
              isRequired: true,
              maxLength: 500,
            },
          ],
          actions: [execute(CARD_VERBS.sendBack, removal ? T.sendBackRequest : T.sendBackConfirm, comment)],
        },
      },
    ),
  ];
}
