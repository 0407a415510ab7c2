import type { DateTime } from 'luxon';
import { utcIso } from '../../domain/utc-iso';

/** How long one poster holds a comment while it posts its card; after that another may try. */
export const CARD_LEASE_SECONDS = 30;

/** Until when a lease taken now holds. */
export function leaseFrom(now: DateTime): string {
  return utcIso(now.plus({ seconds: CARD_LEASE_SECONDS }));
}
