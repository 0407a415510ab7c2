import type { Platform } from '../services/domain/platform';
import { PLATFORM_NAMES } from '../services/domain/platform';
import { isPlatformLink } from '../services/domain/platform-links';
import { NO_REPLY_REASONS } from '../services/domain/workflow';
import { actionRow } from './action-row';
import { CARD_VERBS, INPUTS } from './card-verbs';
import { stormTexts } from './locale/storm-texts';
import { literal } from './literal-text';
import type { ReaderLanguage } from '../services/domain/reader-language';

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
  /** The channel's language as it is posted, the clicker's as a click answers it; Swedish where not given. */
  readonly language?: ReaderLanguage;
}

/** The reasons a storm's comments can be closed with in one go ("Annat" needs a note for each, so it is not here). */
const STORM_REASONS = NO_REPLY_REASONS.filter((reason) => reason !== 'other');

/**
 * The card a comment storm's thread starts with: which post, how many comments, and that each comment has its own
 * card in the thread below. It quotes no resident and names the post only by a keyed id, so it needs nothing from
 * the records plan's purge.
 */
export function renderStormCard(view: StormView): Record<string, unknown> {
  const T = stormTexts(view.language);
  const S = T.strings;
  const platform = PLATFORM_NAMES[view.platform];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: T.title, weight: 'bolder', size: 'medium', wrap: true },
      literal(
        T.summary(view.accountName, platform, view.count, S.dateTime(view.since), view.postFirstWords ?? ''),
      ),
      { type: 'TextBlock', wrap: true, isSubtle: true, text: T.eachHasCard },
      ...(view.closed
        ? [
            {
              type: 'TextBlock',
              wrap: true,
              color: 'good',
              text: T.closed(view.closed.count, view.closed.reason),
            },
          ]
        : []),
      actionRow(
        S.buttons.more,
        {
          type: 'Action.ShowCard',
          title: T.closeOpen,
          card: {
            type: 'AdaptiveCard',
            body: [
              { type: 'TextBlock', wrap: true, size: 'small', text: T.closeExplained },
              {
                type: 'Input.ChoiceSet',
                id: INPUTS.noReplyReason,
                label: S.forms.noReplyQuestion,
                isRequired: true,
                errorMessage: S.forms.chooseReason,
                choices: STORM_REASONS.map((reason) => ({ title: S.noReplyReasons[reason], value: reason })),
              },
            ],
            actions: [
              {
                type: 'Action.Execute',
                verb: CARD_VERBS.closeStorm,
                title: T.closeAll,
                data: { commentKey: view.stormKey },
              },
            ],
          },
        },
        isPlatformLink(view.postPermalink)
          ? { type: 'Action.OpenUrl', title: T.openPost(platform), url: view.postPermalink }
          : undefined,
      ),
    ],
  };
}
