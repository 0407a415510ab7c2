import type { Schedule, Scheduler } from '../../ports/index';
import { purgeExpired, type PurgeDeps } from './purge-expired';

/**
 * The records plan's purge on a schedule (purge-expired.ts does the work). Off when RETENTION_DAYS
 * is 0 (the default: keep). Several instances may run it: each comment is changed with its ETag.
 */
export class RetentionJob {
  private readonly loop: Schedule;

  constructor(
    private readonly deps: PurgeDeps & { readonly intervalMs: number; readonly schedule: Scheduler },
  ) {
    this.loop = deps.schedule('retention', deps.intervalMs, async () => {
      await purgeExpired(deps);
    });
  }

  /** One pass now (joins one under way). */
  run(): Promise<void> {
    return this.loop.run();
  }

  start(): void {
    if (this.deps.retentionDays > 0) this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
