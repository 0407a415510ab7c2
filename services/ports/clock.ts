import type { DateTime } from 'luxon';

/** The only source of "now". */
export interface Clock {
  now(): DateTime;
}

/** A stored value with the ETag a conditional write needs. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}
