import type { ServerResponse } from 'node:http';

/** The code of the error a stalled download ends with: given up, as much as one the reader closed. */
export const STALLED = 'ERR_DOWNLOAD_STALLED';

/** How long a download may take nothing before it is cut off. */
export const STALLED_MS = 120_000;

/** What a cut-off download was waiting for, once it was cut off. */
export interface DownloadWatch {
  /** True when the bot had nothing to send for that long (what makes the file was stuck), not the person. */
  readonly notFed: boolean;
}

/**
 * Cuts a download off once nothing has moved for two minutes, so it does not hold the person's one-at-a-time for
 * as long as TCP would wait. Either side may be what stalled: the person's (a laptop gone to sleep, a connection
 * left half open: bytes wait to be taken), as any download given up; or the bot's, with nothing waiting to be
 * taken, which the watch tells (`notFed`) so that it is logged as the failure it is. What streams the download
 * then fails as for any download that ended early.
 */
export function cutOffWhenStalled(res: ServerResponse, ms = STALLED_MS): DownloadWatch {
  let notFed = false;
  res.setTimeout(ms, () => {
    // Once the last bytes are handed over (ended), what waits is the person's side, however full the buffer.
    notFed = !res.writableNeedDrain && !res.writableEnded;
    res.destroy(Object.assign(new Error('The download stalled'), { code: STALLED }));
  });
  return {
    get notFed() {
      return notFed;
    },
  };
}
