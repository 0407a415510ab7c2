/**
 * A background job's timer (bot/schedules): a pass now and then, one at a time. The use case says what a pass
 * does; when it runs is the timer's.
 */
export interface Schedule {
  /** One pass now, or the one under way; its failure is the caller's to handle. */
  run(): Promise<void>;
  /** Passes on the interval from now (one at once if `runNow`); a failed pass is logged and the next comes. */
  start(runNow: boolean): void;
  /** No more passes; waits for the one under way. */
  stop(): Promise<void>;
}

/** Makes the timer of a job by its name (in `job.failed` logs) and its interval. */
export type Scheduler = (job: string, intervalMs: number, pass: () => Promise<void>) => Schedule;
