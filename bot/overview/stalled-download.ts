import type { ServerResponse } from 'node:http';

/** The code of the error a stalled download ends with: given up, as much as one the reader closed. */
export const STALLED = 'ERR_DOWNLOAD_STALLED';

/** How long a download may take nothing before it is cut off. */
export const STALLED_MS = 120_000;

/**
 * Cuts a download off once it has taken nothing for two minutes (a laptop gone to sleep, a connection left half
 * open), so it does not hold the person's one-at-a-time for as long as TCP would wait. What streams the download
 * then fails as for any download given up.
 */
export function cutOffWhenStalled(res: ServerResponse, ms = STALLED_MS): void {
  res.setTimeout(ms, () => res.destroy(Object.assign(new Error('The download stalled'), { code: STALLED })));
}
