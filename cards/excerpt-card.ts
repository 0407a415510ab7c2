import { cardLink } from './card-link';
import { literal } from './literal-text';
import { EN } from './locale/en';
import { swedishDateTime } from './swedish-time';
import type { StoredComment } from '../services/domain/comment';
import { PLATFORM_NAMES } from '../services/domain/platform';
import type { ReaderLanguage } from '../services/domain/reader-language';

/**
 * Which comment a reminder or ping is about, and a button to its card. It quotes nothing the resident wrote:
 * a message in a chat or a thread stays in Teams after the records plan has removed the words from the card, so
 * the words are read on the card alone. The platform and when it was written tell the comment apart.
 */
export function excerptLine(comment: StoredComment, language: ReaderLanguage = 'sv'): string {
  return language === 'en'
    ? `${PLATFORM_NAMES[comment.platform]}, written ${EN.dateTime(comment.writtenAt)}`
    : `${PLATFORM_NAMES[comment.platform]}, skriven ${swedishDateTime(comment.writtenAt)}`;
}

export function renderExcerptCard(
  comment: StoredComment,
  language: ReaderLanguage = 'sv',
): Record<string, unknown> {
  const open = language === 'en' ? 'Open the card' : 'Öppna kortet';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [literal(excerptLine(comment, language), { isSubtle: true })],
    ...(comment.card
      ? { actions: [{ type: 'Action.OpenUrl', title: open, url: cardLink(comment.card) }] }
      : {}),
  };
}
