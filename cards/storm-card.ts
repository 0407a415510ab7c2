import type { Platform } from '../services/domain/platform';
import { PLATFORM_NAMES } from '../services/domain/platform';
import { isPlatformLink } from '../services/domain/platform-links';
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
}

/**
 * The card a comment storm's thread starts with: which post, how many comments, and that each comment has its own
 * card in the thread below. It quotes no resident, so it needs nothing from the records plan's purge.
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
    ],
    ...(isPlatformLink(view.postPermalink)
      ? {
          actions: [
            {
              type: 'Action.OpenUrl',
              title: `Öppna inlägget på ${PLATFORM_NAMES[view.platform]}`,
              url: view.postPermalink,
            },
          ],
        }
      : {}),
  };
}
