import type { CommentKey } from './platform';

/**
 * What the records plan leaves of a platform's id: a keyed hash (HMAC-SHA256 under the city's own key), so a
 * purged comment can still be told apart and found again by its new id, but its old id — which on X or YouTube
 * leads straight to the resident — cannot be read back, nor guessed from a list of ids without the key.
 */
export type KeyedIds = (key: CommentKey) => string;

const KEYED = /^\$[A-Za-z0-9_-]{43}$/;

/**
 * A keyed id starts with `$`, which no platform's id does, so it is never mistaken for one; in a table key it stands
 * as it is (a platform's id is URL-encoded there, so its `$` would be `%24`).
 */
export function isKeyedId(id: string): boolean {
  return KEYED.test(id);
}
