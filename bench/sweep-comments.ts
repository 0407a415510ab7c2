import { DateTime } from 'luxon';
import type { PostedCard, StoredComment } from '../services/domain/comment';
import { newStoredComment } from '../services/domain/new-comment';
import type { StoredReminder } from '../services/ports/index';
import { utcIso } from '../services/domain/utc-iso';
import { inState } from '../test/support/comment-states';

/** The reminder sweep's comments: each due reminder's comment, in every state a reminder meets. */

export const SWEEP_CHANNEL = '19:bench-sweep@thread.tacv2';
const PAGE = '180001234567890';
const HOLDER = { id: 'aad-bench-holder', name: 'Hanna Handläggare', firstName: 'Hanna' };

export function sweepCard(connectorUrl: string, n: number): PostedCard {
  return {
    teamId: '19:bench-team@thread.tacv2',
    channelId: SWEEP_CHANNEL,
    tenantId: 'tenant-malmo',
    serviceUrl: connectorUrl,
    botId: '28:bench-bot',
    activityId: `sweep-card-${n}`,
  };
}

export const sweepCommentId = (n: number) => `${PAGE}_${String(n).padStart(12, '0')}`;

/**
 * The comment of reminder `n` and the reminder's kind, by turns: open and nobody's (before the deadline: the card
 * redrawn and the on-duty people told in its thread), open and held (the holder told), its badge (the card
 * redrawn), answered already (nothing sent), waiting for approval (the approvers told).
 */
export function sweepComment(
  n: number,
  connectorUrl: string,
  now: DateTime,
): { comment: StoredComment; kind: StoredReminder['kind'] } {
  const received = now.minus({ hours: 20 });
  const base: StoredComment = {
    ...newStoredComment(
      {
        platform: 'facebook',
        commentId: sweepCommentId(n),
        accountId: PAGE,
        postId: `${PAGE}_${Math.floor(n / 25)}`,
        authorId: `resident-${n}`,
        authorName: `Invånare ${n}`,
        text: `Fråga ${n} om när sophämtningen kommer på vår gata, och varför den blev sen förra veckan.`,
        writtenAt: utcIso(received),
      },
      received,
    ),
    card: sweepCard(connectorUrl, n),
  };
  switch (n % 5) {
    case 0:
      return { comment: base, kind: 'before_deadline' };
    case 1:
      return { comment: inState(base, { state: 'claimed', holder: HOLDER }), kind: 'before_deadline' };
    case 2:
      return { comment: base, kind: 'badge' };
    case 3: {
      const at = utcIso(now.minus({ hours: 1 }));
      return {
        comment: {
          ...inState(base, { state: 'answered', holder: HOLDER, closure: { by: HOLDER, at } }),
          firstResponseAt: at,
        },
        kind: 'before_deadline',
      };
    }
    default:
      return {
        comment: inState(base, {
          state: 'awaiting_approval',
          holder: HOLDER,
          approval: {
            kind: 'reply',
            signedText: 'Hej! Hämtningen kommer på torsdag. /Hanna',
            requestedAt: utcIso(now.minus({ minutes: 30 })),
            returnTo: 'claimed',
          },
        }),
        kind: 'before_deadline',
      };
  }
}
