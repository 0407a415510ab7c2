import type { Platform } from '../services/domain/platform';
import { PLATFORM_NAMES } from '../services/domain/platform';
import { isPlatformLink } from '../services/domain/platform-links';
import { NO_REPLY_REASONS } from '../services/domain/workflow';
import { actionRow } from './action-row';
import { CARD_VERBS, INPUTS } from './card-verbs';
import { SV } from './locale/sv';
import { literal } from './literal-text';
import { swedishDateTime } from './swedish-time';

export interface StormView {
  readonly platform: Platform;
  readonly accountName: string;
  readonly postFirstWords?: string;
  readonly postPermalink?: string;
  /** Comments on the post since `since`, the ones in this thread included. */
  readonly count: number;
  readonly since: string;
  /** The post, as `<platform>:<keyed post id>`: what the storm's close finds its comments by. */
  readonly stormKey: string;
  /** What the last close on this card did, for the one who clicked. */
  readonly closed?: { readonly count: number; readonly reason: string };
}

/** The reasons a storm's comments can be closed with in one go ("Annat" needs a note for each, so it is not here). */
const STORM_REASONS = NO_REPLY_REASONS.filter((reason) => reason !== 'other');

/**
 * The card a comment storm's thread starts with: which post, how many comments, and that each comment has its own
 * card in the thread below. It quotes no resident and names the post only by a keyed id, so it needs nothing from
 * the records plan's purge.
 */
export function renderStormCard(view: StormView): Record<string, unknown> {
  const post = view.postFirstWords ? ` ”${view.postFirstWords}”` : '';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        text: '🌩️ Många kommentarer på ett inlägg',
        weight: 'bolder',
        size: 'medium',
        wrap: true,
      },
      literal(
        `${view.accountName} på ${PLATFORM_NAMES[view.platform]}: ${view.count} kommentarer sedan ${swedishDateTime(view.since)} på inlägget${post}.`,
      ),
      {
        type: 'TextBlock',
        wrap: true,
        isSubtle: true,
        text: 'Varje ny kommentar har sitt eget kort i tråden här nedanför, med Ta och svar. Tidsgränsen gäller varje kommentar för sig.',
      },
      ...(view.closed
        ? [
            {
              type: 'TextBlock',
              wrap: true,
              color: 'good',
              text: `${view.closed.count} kommentarer stängda utan svar: ${view.closed.reason}.`,
            },
          ]
        : []),
      actionRow(
        SV.buttons.more,
        {
          type: 'Action.ShowCard',
          title: 'Stäng öppna utan svar',
          card: {
            type: 'AdaptiveCard',
            body: [
              {
                type: 'TextBlock',
                wrap: true,
                size: 'small',
                text: 'Stänger varje kommentar på inlägget som ingen har tagit, med samma skäl. Var och en får sin egen rad i historiken.',
              },
              {
                type: 'Input.ChoiceSet',
                id: INPUTS.noReplyReason,
                label: SV.forms.noReplyQuestion,
                isRequired: true,
                errorMessage: SV.forms.chooseReason,
                choices: STORM_REASONS.map((reason) => ({ title: SV.noReplyReasons[reason], value: reason })),
              },
            ],
            actions: [
              {
                type: 'Action.Execute',
                verb: CARD_VERBS.closeStorm,
                title: 'Stäng alla öppna',
                data: { commentKey: view.stormKey },
              },
            ],
          },
        },
        isPlatformLink(view.postPermalink)
          ? {
              type: 'Action.OpenUrl',
              title: `Öppna inlägget på ${PLATFORM_NAMES[view.platform]}`,
              url: view.postPermalink,
            }
          : undefined,
      ),
    ],
  };
}
