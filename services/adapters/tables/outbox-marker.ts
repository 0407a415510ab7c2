/**
 * The outbox's row beside each comment whose card is not yet posted: `o|<comment id>` in the comment's partition,
 * written and removed in the same transaction as the comment itself, so no card is forgotten or posted for a
 * comment that is not stored. It carries when the next attempt is due, how many were made, and whether the card
 * was refused for good (a dead letter, which the sweep leaves alone until an admin asks for another try).
 */
export const UNPOSTED_PREFIX = 'o|';

export type MarkerEntity = {
  partitionKey: string;
  rowKey: string;
  commentId: string;
  receivedAt: string;
  /** When the next attempt is due (ISO, UTC); the time the comment was received for the first one. */
  dueAt?: string;
  attempts?: number;
  /** The error code of the last failed attempt. */
  lastCode?: string;
  /** Refused for good: left alone until an admin retries. */
  dead?: boolean;
};

export function markerKey(commentId: string): string {
  return UNPOSTED_PREFIX + encodeURIComponent(commentId);
}

export function newMarker(
  platform: string,
  commentId: string,
  receivedAt: string,
  leasedUntil?: string,
): MarkerEntity {
  return {
    partitionKey: platform,
    rowKey: markerKey(commentId),
    commentId,
    receivedAt,
    dueAt: leasedUntil ?? receivedAt,
    attempts: 0,
  };
}
