import { DateTime } from 'luxon';

/** How the normalisers read a platform's JSON: nothing is trusted to have the type the documentation says. */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string, or nothing. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** An id: a non-empty string, or a finite number as Meta sends some of them. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return str(value);
}

/** A Unix time (a number, or digits in a string) in seconds or milliseconds, as ISO in UTC; nothing if not one. */
export function epochIso(value: unknown, unit: 'seconds' | 'milliseconds'): string | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(number) || number <= 0) return undefined;
  const time = DateTime.fromMillis(unit === 'seconds' ? number * 1000 : number, { zone: 'utc' });
  return time.isValid ? (time.toISO() ?? undefined) : undefined;
}
