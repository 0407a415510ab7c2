import { performance } from 'node:perf_hooks';
import type { IngestPriority } from '../../services/ports/index';

/** How long after the last Teams activity background work still gives way: clicks come in runs. */
const QUIET_MS = 300;

/**
 * What someone is waiting on right now: webhooks being held (a platform waits for its answer) and Teams activities
 * being handled (a person waits for the card to answer their click). Card posting, ingestion from the inbox and
 * the overview's counting give way while either is under way, and go on once both have been quiet for a moment.
 */
export class Foreground implements IngestPriority {
  private activities = 0;
  private lastActivityAt = Number.NEGATIVE_INFINITY;
  private readonly listeners: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly webhooks: IngestPriority) {
    // A storm passed: ingestion may go on beside a click being answered, as it gives way to clicks only in part.
    webhooks.onQuiet(() => {
      if (webhooks.storing()) return;
      this.tell();
      // A click answered a moment ago still narrows what goes on: told again once its quiet has passed too.
      const left = QUIET_MS - (performance.now() - this.lastActivityAt);
      if (this.activities === 0 && left > 0) this.tellAfter(left + 1);
    });
  }

  /** Counts a Teams activity in until the returned function is called (once). */
  enter(): () => void {
    this.activities += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.activities -= 1;
      this.lastActivityAt = performance.now();
      if (this.activities === 0) this.tellAfter(QUIET_MS);
    };
  }

  private tellAfter(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tellIfQuiet(), ms);
    this.timer.unref();
  }

  storing(): boolean {
    return (
      this.webhooks.storing() || this.activities > 0 || performance.now() - this.lastActivityAt < QUIET_MS
    );
  }

  holding(): boolean {
    return this.webhooks.holding();
  }

  onQuiet(listener: () => void): void {
    this.listeners.push(listener);
  }

  private tellIfQuiet(): void {
    if (this.webhooks.storing() || this.activities > 0) return;
    // A timer may fire a little before its time by the clock the quiet is measured on.
    const left = QUIET_MS - (performance.now() - this.lastActivityAt);
    if (left > 0) {
      this.tellAfter(left + 1);
      return;
    }
    this.tell();
  }

  private tell(): void {
    for (const listener of this.listeners) listener();
  }
}
