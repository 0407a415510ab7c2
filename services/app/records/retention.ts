import type { Schedule, Scheduler } from '../../ports/index';
import type { CardRedaction } from './card-redaction';
import { purgeExpired, type PurgeDeps } from './purge-expired';

/**
 * The records plan's purge on a schedule (purge-expired.ts does the work). Off when RETENTION_DAYS
 * is 0 (the default: keep). Several instances may run it: each comment is changed with its ETag.
 */
export class RetentionJob {
  private readonly loop: Schedule;

  constructor(
    private readonly deps: PurgeDeps & {
      readonly intervalMs: number;
      readonly schedule: Scheduler;
      /** Redacts the purged comments' cards in Teams, right after each pass and again until Teams takes them. */
      readonly redaction: Pick<CardRedaction, 'run' | 'start' | 'stop'>;
    },
  ) {
    this.loop = deps.schedule('retention', deps.intervalMs, async () => {
      await purgeExpired(deps);
      await deps.redaction.run();
    });
  }

  /** One pass now (joins one under way). */
  run(): Promise<void> {
    return this.loop.run();
  }

  start(): void {
    // The redaction runs whatever RETENTION_DAYS says now: one owed from before still reaches Teams.
    this.deps.redaction.start();
    if (this.deps.retentionDays > 0) this.loop.start(true);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.deps.redaction.stop();
  }
}
