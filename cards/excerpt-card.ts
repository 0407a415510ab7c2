import { cardLink } from './card-link';
import { literal } from './literal-text';
import type { StoredComment } from '../services/domain/comment';
import { firstWords } from '../services/domain/first-words';

/**
 * What a reminder or ping quotes of the comment it is about: its first words, shown literally, and a button to its
 * card. A reminder's own sentence carries none of the resident's words, so nothing they wrote is ever markup.
 */
export function renderExcerptCard(comment: StoredComment): Record<string, unknown> {
  const words = comment.anonymisedAt ? '' : firstWords(comment.text, 10);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: words ? [literal(`”${words}”`, { italic: true })] : [],
    ...(comment.card
      ? { actions: [{ type: 'Action.OpenUrl', title: 'Öppna kortet', url: cardLink(comment.card) }] }
      : {}),
  };
}
