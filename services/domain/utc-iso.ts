import type { DateTime } from 'luxon';

/**
 * A moment as stored and compared everywhere: ISO 8601 in UTC. An invalid time is a programming error and throws,
 * so no empty deadline or due time is ever stored.
 */
export function utcIso(time: DateTime): string {
  const iso = time.toUTC().toISO();
  if (iso === null) throw new Error(`invalid time: ${time.invalidReason ?? 'unknown'}`);
  return iso;
}
