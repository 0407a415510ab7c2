import { createHmac } from 'node:crypto';
import type { KeyedIds } from '../domain/keyed-id';

/** `$` and the HMAC-SHA256 of `<platform>:<id>` under `secret`, base64url: 44 characters, safe in a row key. */
export function hmacKeyedIds(secret: string): KeyedIds {
  if (secret.length === 0) throw new Error('a keyed id needs a key');
  return (key) =>
    `$${createHmac('sha256', secret).update(`${key.platform}:${key.commentId}`).digest('base64url')}`;
}
