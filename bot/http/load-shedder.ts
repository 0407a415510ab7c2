import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';

/** What makes the bot push back on webhooks instead of queueing them in memory. */
export interface SheddingBounds {
  /** Webhook requests being read or stored at once; one more is answered 503 before its body is read. */
  readonly maxInFlight: number;
  /** The event loop's delay (99th percentile over the last seconds) above which webhooks are answered 503. */
  readonly maxLoopDelayMs: number;
  /** What `Retry-After` tells the platform (Meta, LinkedIn and X retry deliveries). */
  readonly retryAfterSeconds: number;
}

/**
 * Load shedding for the webhooks: a delivery is taken only while the work in flight is within bounds, and refused
 * with 503 and Retry-After before anything of it is read otherwise, so a storm is pushed back to the platforms'
 * retries instead of held in memory. What was acknowledged was stored first: nothing acknowledged is ever shed.
 */
export class LoadShedder {
  private inFlight = 0;
  private readonly delay: IntervalHistogram;
  private windowStartedAt = 0;
  constructor(private readonly bounds: SheddingBounds) {
    this.delay = monitorEventLoopDelay({ resolution: 20 });
    this.delay.enable();
  }

  /** Why the next delivery would be refused now, or undefined when it is taken. */
  reason(): 'in_flight' | 'event_loop_delay' | undefined {
    if (this.inFlight >= this.bounds.maxInFlight) return 'in_flight';
    if (this.bounds.maxLoopDelayMs > 0 && this.loopDelayMs() > this.bounds.maxLoopDelayMs)
      return 'event_loop_delay';
    return undefined;
  }

  /** Counts a delivery in until the returned function is called (once). */
  enter(): () => void {
    this.inFlight += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight -= 1;
    };
  }

  get retryAfterSeconds(): number {
    return this.bounds.retryAfterSeconds;
  }

  get current(): { inFlight: number; loopDelayMs: number } {
    return { inFlight: this.inFlight, loopDelayMs: Math.round(this.loopDelayMs()) };
  }

  /** The 99th percentile of the loop's delay, over a window of about five seconds that starts again after it. */
  private loopDelayMs(): number {
    const now = performance.now();
    if (now - this.windowStartedAt > 5000) {
      const p99 = this.delay.percentile(99) / 1e6;
      this.delay.reset();
      this.windowStartedAt = now;
      this.lastP99 = p99;
    }
    return this.lastP99;
  }

  private lastP99 = 0;

  stop(): void {
    this.delay.disable();
  }
}
