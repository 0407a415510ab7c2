import type { CardNotice } from './comment-card-view';

/** A card that only says something: used when a click cannot be tied to a comment. */
export function renderNoticeCard(notice: CardNotice): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Svarsvakten', weight: 'bolder', size: 'small', isSubtle: true },
      {
        type: 'TextBlock',
        text: notice.text,
        wrap: true,
        color: notice.tone === 'good' ? 'good' : 'attention',
      },
    ],
  };
}
