import type { ReaderLanguage } from '../../services/domain/reader-language';
import type { CardStrings } from './card-strings';
import { EN } from './en';
import { SV } from './sv';

/** The words of a comment storm's card, in the language kept for its channel. */
export interface StormTexts {
  readonly strings: CardStrings;
  readonly title: string;
  readonly summary: (
    accountName: string,
    platform: string,
    count: number,
    since: string,
    post: string,
  ) => string;
  readonly eachHasCard: string;
  readonly closed: (count: number, reason: string) => string;
  readonly closeOpen: string;
  readonly closeExplained: string;
  readonly closeAll: string;
  readonly openPost: (platform: string) => string;
}

const SWEDISH: StormTexts = {
  strings: SV,
  title: '🌩️ Många kommentarer på ett inlägg',
  summary: (accountName, platform, count, since, post) =>
    `${accountName} på ${platform}: ${count} kommentarer sedan ${since} på inlägget${post ? ` ”${post}”` : ''}.`,
  eachHasCard:
    'Varje ny kommentar har sitt eget kort i tråden här nedanför, med Ta och svar. Tidsgränsen gäller varje kommentar för sig.',
  closed: (count, reason) =>
    `${count} ${count === 1 ? 'kommentar stängd' : 'kommentarer stängda'} utan svar: ${reason}.`,
  closeOpen: 'Stäng öppna utan svar',
  closeExplained:
    'Stänger varje kommentar på inlägget som ingen har tagit, med samma skäl. Var och en får sin egen rad i historiken.',
  closeAll: 'Stäng alla öppna',
  openPost: (platform) => `Öppna inlägget på ${platform}`,
};

const ENGLISH: StormTexts = {
  strings: EN,
  title: '🌩️ Many comments on one post',
  summary: (accountName, platform, count, since, post) =>
    `${accountName} on ${platform}: ${count} comments since ${since} on the post${post ? ` "${post}"` : ''}.`,
  eachHasCard:
    'Each new comment has its own card in the thread below, with Take and answer. The deadline holds for each comment on its own.',
  closed: (count, reason) =>
    `${count} ${count === 1 ? 'comment' : 'comments'} closed without reply: ${reason}.`,
  closeOpen: 'Close open ones without reply',
  closeExplained:
    'Closes every comment on the post that nobody has taken, with the same reason. Each gets its own line in the history.',
  closeAll: 'Close all open ones',
  openPost: (platform) => `Open the post on ${platform}`,
};

export function stormTexts(language: ReaderLanguage | undefined): StormTexts {
  return language === 'en' ? ENGLISH : SWEDISH;
}
