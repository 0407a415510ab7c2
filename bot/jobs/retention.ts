import { isAppError } from '../../services/domain/app-error';
import { anonymise, isDueForRetention } from '../../services/domain/retention';
import { utcIso } from '../../services/domain/utc-iso';
import type { Clock, CommentStore } from '../../services/ports';
import type { CardUpdater } from '../card-updater';
import type { Logger } from '../logger';
import { IntervalLoop } from './interval-loop';

/** Comments handled per pass; the next pass takes the rest. */
const PER_PASS = 200;

/**
 * The records plan's purge: handled comments written more than RETENTION_DAYS ago lose the resident's text and
 * details (services/domain/retention.ts), in storage, in their history and on their card in Teams; the figures of
 * the 24-hour promise stay as they were. Off when RETENTION_DAYS is 0 (the default: keep). Several instances may
 * run it: each comment is changed with its ETag, so a comment another instance purged first is skipped.
 */
export class RetentionJob {
  private readonly loop: IntervalLoop;

  constructor(
    private readonly deps: {
      readonly store: CommentStore;
      readonly updater: CardUpdater;
      readonly clock: Clock;
      readonly logger: Logger;
      readonly retentionDays: number;
      readonly intervalMs: number;
    },
  ) {
    this.loop = new IntervalLoop(deps.intervalMs, () => this.passOnce());
  }

  /** One pass now (joins one under way). */
  run(): Promise<void> {
    return this.loop.run();
  }

  private async passOnce(): Promise<void> {
    const { store, updater, clock, logger, retentionDays } = this.deps;
    if (retentionDays <= 0) return;
    const now = clock.now();
    const cutoff = utcIso(now.minus({ days: retentionDays }));
    try {
      const due = await store.listDueForRetention(cutoff, PER_PASS);
      let purged = 0;
      for (const { value } of due) {
        await store.clearHistoryDetails(value);
        const at = utcIso(now);
        // Decided again on the row as it is: a comment reopened or purged by another instance meanwhile is left.
        const written = await store.mutate(value, (current) =>
          isDueForRetention(current, cutoff)
            ? { comment: anonymise(current, at), event: { at, by: 'Svarsvakten', action: 'anonymised' } }
            : undefined,
        );
        if (!written?.changed) continue;
        purged++;
        await updater.refresh(written.value);
      }
      if (purged > 0) logger.info({ event: 'retention.purged', count: purged }, 'comments purged');
    } catch (error) {
      logger.warn(
        { event: 'retention.failed', code: isAppError(error) ? error.code : 'unexpected' },
        'retention pass failed; the next pass tries again',
      );
    }
  }

  start(): void {
    if (this.deps.retentionDays > 0) this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
