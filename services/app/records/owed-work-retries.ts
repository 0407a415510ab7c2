/** After this many failed attempts the admins are told, and it is tried once a day from then on. */
export const ATTEMPTS_BEFORE_TELLING = 10;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * How long work the records plan owes (a card to redact, a document for the registry) waits after its `attempts`-th
 * failure: 30 seconds, doubling up to an hour; once the admins have been told, a day.
 */
export function waitAfterFailure(attempts: number): number {
  return attempts >= ATTEMPTS_BEFORE_TELLING
    ? DAY_MS
    : Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
}
