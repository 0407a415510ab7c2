import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';
import type { IngestPriority } from '../../services/ports/index';

/** What makes the bot push back on webhooks instead of queueing them in memory. */
export interface SheddingBounds {
  /** Webhook requests being read or stored at once; one more is answered 503 before its body is read. */
  readonly maxInFlight: number;
  /** The event loop's delay (99th percentile over the last seconds) above which webhooks are answered 503. */
  readonly maxLoopDelayMs: number;
  /** What `Retry-After` tells the platform (Meta, LinkedIn and X retry deliveries). */
  readonly retryAfterSeconds: number;
  /**
   * How long storing a delivery should take; slower ones lower the number taken at once (from `maxInFlight` down to
   * a few), faster ones raise it again step by step. 0: the number stays `maxInFlight`.
   */
  readonly targetAckMs?: number;
}

/**
 * Deliveries stored less than this apart are a stream, and background work gives way until the stream has been
 * quiet this long: during a storm there are moments with none in flight between deliveries (ten milliseconds at
 * 100 a second), and ingestion and card posting must not flood storage in each of them. A lone delivery is no
 * stream: its comment is ingested as soon as it is held.
 */
const QUIET_MS = 100;

/** Fewest deliveries taken at once however slow storage is: webhooks keep coming in. */
const MIN_LIMIT = 4;

/** Why a webhook delivery is refused. */
export type ShedReason = 'in_flight' | 'event_loop_delay' | 'storing_slow';

/**
 * Load shedding for the webhooks: a delivery is taken only while the work in flight is within bounds, and refused
 * with 503 and Retry-After before anything of it is read otherwise, so a storm is pushed back to the platforms'
 * retries instead of held in memory. What was acknowledged was stored first: nothing acknowledged is ever shed.
 * How many are taken at once follows how fast storage answers (additive increase, multiplicative decrease, as
 * TCP's congestion window does), so those taken are answered within `targetAckMs` rather than queued behind a
 * saturated store. The number grows by one for each answer within half the target, so it comes back within a few
 * rounds once storage is fast again. And while at least `MIN_LIMIT` deliveries are being stored and the oldest of
 * them has waited longer than the target, no more are taken: the store is behind now, before any slow answer has
 * come back to say so (at a storm's start the first slow answers come seconds late). It also tells card posting
 * when deliveries are being stored, so that storing goes first.
 */
export class LoadShedder implements IngestPriority {
  private inFlight = 0;
  /** When each delivery being stored was taken, oldest first (a Map keeps the order it was filled in). */
  private readonly takenAt = new Map<number, number>();
  private taken = 0;
  private readonly quietListeners: (() => void)[] = [];
  private lastStoredAt = -Infinity;
  private previousStoredAt = -Infinity;
  private quietTimer: NodeJS.Timeout | undefined;
  private limit: number;
  private lastDecreaseAt = 0;
  private readonly delay: IntervalHistogram;
  private windowStartedAt = 0;
  constructor(private readonly bounds: SheddingBounds) {
    this.limit = bounds.maxInFlight;
    this.delay = monitorEventLoopDelay({ resolution: 20 });
    this.delay.enable();
  }

  /** Why the next delivery would be refused now, or undefined when it is taken. */
  reason(): ShedReason | undefined {
    const overloaded = this.overloaded();
    if (overloaded) return overloaded;
    const target = this.bounds.targetAckMs ?? 0;
    if (target <= 0 || this.inFlight < MIN_LIMIT) return undefined;
    const oldest = this.takenAt.values().next().value;
    return oldest !== undefined && performance.now() - oldest > target ? 'storing_slow' : undefined;
  }

  /**
   * Whether the bot as a whole is over its bounds (for /readyz): as many deliveries as it takes, or a delayed
   * event loop. A store that is behind for a moment sheds webhooks but does not take the bot out of rotation.
   */
  overloaded(): Exclude<ShedReason, 'storing_slow'> | undefined {
    if (this.inFlight >= Math.floor(this.limit)) return 'in_flight';
    if (this.bounds.maxLoopDelayMs > 0 && this.loopDelayMs() > this.bounds.maxLoopDelayMs)
      return 'event_loop_delay';
    return undefined;
  }

  /** Counts a delivery in until the returned function is called (once). */
  enter(): () => void {
    this.inFlight += 1;
    const started = performance.now();
    const id = (this.taken += 1);
    this.takenAt.set(id, started);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight -= 1;
      this.takenAt.delete(id);
      this.observe(performance.now() - started);
      this.previousStoredAt = this.lastStoredAt;
      this.lastStoredAt = performance.now();
      if (this.inFlight === 0) this.tellWhenQuiet(this.quietIn());
    };
  }

  storing(): boolean {
    return this.inFlight > 0 || this.quietIn() > 0;
  }

  /** A delivery being held alone is no stream: only two at once, or one soon after another. */
  holding(): boolean {
    return this.inFlight > 1 || this.quietIn() > 0;
  }

  /** Milliseconds until the stream of deliveries is quiet, if none comes meanwhile (0: it is, or is no stream). */
  private quietIn(): number {
    if (this.lastStoredAt - this.previousStoredAt >= QUIET_MS) return 0;
    return Math.max(0, QUIET_MS - (performance.now() - this.lastStoredAt));
  }

  private tellWhenQuiet(after: number): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      if (this.inFlight > 0) return;
      // A timer may fire a little before its time by the clock the quiet is measured on: what waits for the
      // quiet would otherwise wait for the next delivery.
      const left = this.quietIn();
      if (left > 0) {
        this.tellWhenQuiet(left + 1);
        return;
      }
      for (const listener of this.quietListeners) listener();
    }, after);
    this.quietTimer.unref();
  }

  onQuiet(listener: () => void): void {
    this.quietListeners.push(listener);
  }

  /**
   * A slow answer cuts the limit by a tenth (once per target's time); one within the target adds a step of
   * 1/limit, one within half of it a whole one.
   */
  private observe(ms: number): void {
    const target = this.bounds.targetAckMs ?? 0;
    if (target <= 0) return;
    const now = performance.now();
    if (ms <= target) {
      const step = ms <= target / 2 ? 1 : 1 / this.limit;
      this.limit = Math.min(this.bounds.maxInFlight, this.limit + step);
    } else if (now - this.lastDecreaseAt >= target) {
      this.limit = Math.max(Math.min(MIN_LIMIT, this.bounds.maxInFlight), this.limit * 0.9);
      this.lastDecreaseAt = now;
    }
  }

  get retryAfterSeconds(): number {
    return this.bounds.retryAfterSeconds;
  }

  get current(): { inFlight: number; limit: number; loopDelayMs: number } {
    return {
      inFlight: this.inFlight,
      limit: Math.floor(this.limit),
      loopDelayMs: Math.round(this.loopDelayMs()),
    };
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
    clearTimeout(this.quietTimer);
    this.delay.disable();
  }
}
