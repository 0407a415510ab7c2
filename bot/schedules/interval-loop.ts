import { isAppError } from '../../services/domain/app-error';
import type { Log, Schedule, Scheduler } from '../../services/ports/index';

/**
 * Runs one pass of a background job now and then on an interval. A pass asked for while one runs joins it instead
 * of starting a second; stop() waits for the pass under way. A pass the schedule started that fails is logged
 * (`job.failed`, with the job's name and the error's code) and the schedule goes on: no failing job ends the process.
 */
export class IntervalLoop implements Schedule {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly pass: () => Promise<void>,
    private readonly failures: { readonly job: string; readonly log: Log },
  ) {}

  /** One pass now, or the one under way; its failure is the caller's to handle. */
  run(): Promise<void> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  /** A pass the schedule starts: its failure is logged, and the next one comes as planned. */
  private scheduled(): void {
    this.run().catch((error: unknown) => {
      this.failures.log.error(
        { event: 'job.failed', job: this.failures.job, code: isAppError(error) ? error.code : 'unexpected' },
        'a background job failed; it runs again at its next time',
      );
    });
  }

  start(runNow: boolean): void {
    if (this.timer) return;
    if (runNow) this.scheduled();
    this.timer = setInterval(() => this.scheduled(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}

/** The scheduler the app runs on: one interval loop per job, its failures logged to `log`. */
export function intervalScheduler(log: Log): Scheduler {
  return (job, intervalMs, pass) => new IntervalLoop(intervalMs, pass, { job, log });
}
