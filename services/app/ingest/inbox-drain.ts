import { isAppError } from '../../domain/app-error';
import type { IncomingEvent } from '../../domain/comment';
import { commentKeyText } from '../../domain/platform';
import { utcIso } from '../../domain/utc-iso';
import type { DeliveryInbox, HeldDelivery } from '../../ports/delivery-inbox';
import type { Clock, IngestPriority, Log } from '../../ports/index';
import type { Schedule, Scheduler } from '../../ports/schedule';
import type { IngestResult } from './ingest-events';

/**
 * How old a held delivery is before a sweep takes it up: older than any this or another instance is still
 * ingesting, so it was left by a crash or a failure. One taken up twice is stored once (ingestion is idempotent, as
 * the platforms' own redeliveries need).
 */
export const LEFT_AFTER_MS = 60_000;
/** A delivery whose ingestion failed here is tried again after this, doubling each time up to `MAX_RETRY_MS`. */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 30 * 60_000;
/**
 * Deliveries ingested at once; while webhooks are being held (acknowledgements waiting on storage) only a few, so
 * what a platform waits for goes first, as card posting gives way too. The rest wait their turn, held.
 */
const AT_ONCE = 16;
const AT_ONCE_WHILE_HOLDING = 4;
/**
 * Bodies held here and not yet ingested, in bytes, beyond which webhooks are answered 503 until the drain catches
 * up: what waits is in memory as well as in the inbox (a storm of ordinary deliveries is a few megabytes).
 */
export const MAX_BEHIND_BYTES = 32 * 1024 * 1024;
/** Failures after which each further one is logged as an error: someone should look. */
const STUCK_AFTER = 5;

export interface InboxDrainDeps {
  readonly inbox: DeliveryInbox;
  /** The delivery's events, read again from its bytes by its webhook's normaliser. */
  readonly eventsOf: (held: HeldDelivery) => readonly IncomingEvent[];
  readonly ingester: { ingest(events: readonly IncomingEvent[], logger: Log): Promise<IngestResult> };
  readonly clock: Clock;
  readonly logger: Log;
  readonly schedule: Scheduler;
  /** How often held deliveries left by a crash or a failure are looked for (INBOX_INTERVAL_MS). */
  readonly intervalMs: number;
  /** Whether webhooks are being held right now: ingestion gives way to them. */
  readonly priority?: IngestPriority;
}

/** The comments a delivery's events are about, and the ones they answer: what orders it after earlier ones. */
function keysOf(events: readonly IncomingEvent[]): string[] {
  const keys = new Set<string>();
  for (const event of events) {
    if (event.kind === 'new') {
      keys.add(commentKeyText(event.comment));
      if (event.comment.parentId)
        keys.add(commentKeyText({ platform: event.comment.platform, commentId: event.comment.parentId }));
    } else keys.add(commentKeyText(event.key));
  }
  return [...keys];
}

/**
 * Ingests the deliveries the webhooks acknowledged once held (services/ports/delivery-inbox.ts), and releases each
 * once its comments are stored. Deliveries about the same comment are ingested in the order they were held (an
 * edit never before its comment); others go on at once. One that fails stays held and is tried again by the
 * sweep, later each time; the sweep also takes up what a crash or another instance left.
 */
export class InboxDrain {
  /** The latest ingestion under way for each comment. */
  private readonly lanes = new Map<string, Promise<void>>();
  /** Ingestions under way, by delivery. */
  private readonly running = new Map<string, Promise<void>>();
  private readonly failures = new Map<string, { readonly count: number; readonly nextAt: number }>();
  private readonly loop: Schedule;
  private ingesting = 0;
  private behindBytes = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly deps: InboxDrainDeps) {
    this.loop = deps.schedule('inbox', deps.intervalMs, () => this.sweep());
    deps.priority?.onQuiet(() => this.wakeAll());
  }

  /** A place among those ingested at once, when there is one. */
  private async turn(): Promise<void> {
    const limit = () => (this.deps.priority?.storing() ? AT_ONCE_WHILE_HOLDING : AT_ONCE);
    while (this.ingesting >= limit()) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.ingesting += 1;
  }

  private turnDone(): void {
    this.ingesting -= 1;
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Whether so much is held here and not yet ingested that webhooks should wait (`MAX_BEHIND_BYTES`). */
  behind(): boolean {
    return this.behindBytes >= MAX_BEHIND_BYTES;
  }

  /** Ingests a held delivery after the earlier ones about its comments. */
  take(held: HeldDelivery, events: readonly IncomingEvent[], logger: Log): void {
    if (this.running.has(held.id)) return;
    const keys = keysOf(events);
    const before = keys.flatMap((key) => this.lanes.get(key) ?? []);
    const done = Promise.all(before).then(() => this.ingest(held, events, logger));
    this.running.set(held.id, done);
    this.behindBytes += held.body.length;
    for (const key of keys) this.lanes.set(key, done);
    void done.finally(() => {
      this.running.delete(held.id);
      this.behindBytes -= held.body.length;
      for (const key of keys) if (this.lanes.get(key) === done) this.lanes.delete(key);
    });
  }

  /** Resolves once every delivery taken so far (and any taken meanwhile) is ingested or left for a retry. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  /**
   * Takes up the deliveries that failed here and are due again, and those held for longer than `LEFT_AFTER_MS`
   * that are not being ingested here.
   */
  async sweep(): Promise<void> {
    const now = this.deps.clock.now();
    const failedHere = [...this.failures.values()].some((failed) => failed.nextAt <= now.toMillis());
    const before = failedHere ? now : now.minus({ milliseconds: LEFT_AFTER_MS });
    const left = await this.deps.inbox.heldBefore(utcIso(before));
    for (const held of left) {
      const failed = this.failures.get(held.id);
      if (this.running.has(held.id)) continue;
      if (
        failed
          ? failed.nextAt > now.toMillis()
          : held.receivedAt >= utcIso(now.minus({ milliseconds: LEFT_AFTER_MS }))
      )
        continue;
      const logger = this.deps.logger.child({ delivery: held.id, platform: held.source });
      let events: readonly IncomingEvent[];
      try {
        events = this.deps.eventsOf(held);
      } catch (error) {
        this.failed(held, error, logger);
        continue;
      }
      this.take(held, events, logger);
    }
  }

  private async ingest(held: HeldDelivery, events: readonly IncomingEvent[], logger: Log): Promise<void> {
    await this.turn();
    try {
      const result = await this.deps.ingester.ingest(events, logger);
      logger.info({ event: 'webhook.ingested', ...result }, 'delivery ingested');
      await this.deps.inbox.release(held);
      this.failures.delete(held.id);
    } catch (error) {
      this.failed(held, error, logger);
    } finally {
      this.turnDone();
    }
  }

  /** Logged by code and attempt only: the delivery holds a resident's words. */
  private failed(held: HeldDelivery, error: unknown, logger: Log): void {
    const count = (this.failures.get(held.id)?.count ?? 0) + 1;
    const waitMs = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (count - 1));
    this.failures.set(held.id, { count, nextAt: this.deps.clock.now().toMillis() + waitMs });
    const fields = {
      event: 'inbox.retry_later',
      code: isAppError(error) ? error.code : 'unexpected',
      attempts: count,
      retryInMs: waitMs,
    };
    if (count >= STUCK_AFTER) logger.error(fields, 'a held delivery keeps failing; it stays held');
    else logger.warn(fields, 'a held delivery could not be ingested; it stays held');
  }

  start(): void {
    this.loop.start(true);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.settled();
  }
}
