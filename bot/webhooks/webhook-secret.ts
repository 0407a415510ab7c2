import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../services/domain/app-error';

/**
 * A webhook secret that can verify something. An empty secret never does: an HMAC with an empty key is one anyone
 * can compute, so a platform without its secret configured accepts nothing, whatever the request says.
 */
export function usableSecret(secret: string): string {
  if (secret.length === 0) {
    throw new AppError('webhook_signature_invalid', 'No secret is configured for this platform');
  }
  return secret;
}

/** Compares two texts in constant time (a digest of each, so their lengths do not show either). */
export function sameText(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
