import { createHash } from 'node:crypto';

/** A short, one-way name for a token: enough to tell two apart, useless to call a platform with. */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url').slice(0, 16);
}
