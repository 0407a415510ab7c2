/**
 * Where the use cases write what happened: stable event names and ids, never comment text or names. pino's logger
 * is one.
 */
export interface Log {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  /** The same log with these fields on every line (the platform a poll is for, the verb of a click). */
  child(bindings: object): Log;
}
