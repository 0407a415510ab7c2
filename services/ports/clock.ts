import type { DateTime } from 'luxon';

/** The only source of time, and of waiting, for everything in services/. */
export interface Clock {
  /** The wall clock's now, in Stockholm time: deadlines, history, what a person reads. */
  now(): DateTime;
  /** Milliseconds on a clock that never goes back (not the wall clock): for how long something took, or may take. */
  monotonic(): number;
  /**
   * Resolves after `ms` milliseconds. `background`: nothing waits for it, so the process may end meanwhile (a
   * retry in a running service, never the last thing a command-line run waits for).
   */
  sleep(ms: number, options?: { readonly background?: boolean }): Promise<void>;
}

/** A stored value with the ETag a conditional write needs. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}
