import type { DateTime } from 'luxon';
import type { Platform } from './platform';

/** Why the platform stopped taking an account's credential: the grant was refused, or a call was turned away. */
export type RefusalReason = 'grant_refused' | 'token_refused' | 'grant_expired';

/**
 * An account's credential as Svarsvakten keeps it between calls and across instances: the access token calls are
 * made with and, where the platform renews tokens, the refresh token that renews it. Both are secrets.
 */
export interface StoredCredential {
  readonly platform: Platform;
  readonly accountId: string;
  readonly accessToken?: string;
  /** When the access token ends (ISO, UTC); absent when the platform gave no end. */
  readonly accessExpiresAt?: string;
  readonly refreshToken?: string;
  /** When the refresh token ends, where the platform says so (LinkedIn, Google in testing mode). */
  readonly refreshExpiresAt?: string;
  /** The fingerprint of the refresh token from the environment this record was started from. */
  readonly seededFrom?: string;
  /** Set while one instance renews, so no other spends the same refresh token (ISO, UTC). */
  readonly renewingUntil?: string;
  /** The platform refused the credential with this fingerprint: the account needs connecting again. */
  readonly refused?: {
    readonly at: string;
    readonly reason: RefusalReason;
    readonly fingerprint: string;
  };
}

/** An access token is renewed this long before it ends, so no call is made with one about to lapse. */
export const RENEW_AHEAD_MS = 5 * 60_000;

/** An end date is told to the admins this many days ahead, each once. */
export const END_WARNING_DAYS = [14, 7, 1] as const;

/** Whether the access token must be renewed before it is used. */
export function accessDue(credential: StoredCredential, now: DateTime): boolean {
  if (!credential.accessToken) return true;
  if (!credential.accessExpiresAt) return false;
  return Date.parse(credential.accessExpiresAt) - now.toMillis() <= RENEW_AHEAD_MS;
}

/** The nearest warning the end date is due for (14, 7 or 1 days ahead), or undefined when none is yet. */
export function endWarningDue(endsAt: string, now: DateTime): (typeof END_WARNING_DAYS)[number] | undefined {
  const daysLeft = (Date.parse(endsAt) - now.toMillis()) / 86_400_000;
  if (daysLeft <= 0) return undefined;
  let due: (typeof END_WARNING_DAYS)[number] | undefined;
  for (const days of END_WARNING_DAYS) if (daysLeft <= days) due = days;
  return due;
}
