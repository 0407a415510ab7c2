import type { DateTime } from 'luxon';

/** A moment as stored and compared everywhere: ISO 8601 in UTC. */
export function utcIso(time: DateTime): string {
  return time.toUTC().toISO() ?? '';
}
