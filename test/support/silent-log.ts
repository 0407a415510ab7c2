import type { Log } from '../../services/ports/index';

/** A log that keeps nothing, for a test or benchmark that asserts on other things. */
export const silentLog: Log = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLog,
};
