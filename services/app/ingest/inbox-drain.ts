import type { IncomingEvent } from '../../domain/comment';
import { isAppError } from '../../domain/app-error';
import { commentKeyText } from '../../domain/platform';
import { utcIso } from '../../domain/utc-iso';
import type { DeliveryInbox, HeldDelivery } from '../../ports/delivery-inbox';
import type { Clock, IngestPriority, Log } from '../../ports/index';
import type { Schedule, Scheduler } from '../../ports/schedule';
import type { IngestResult } from './ingest-events';
import { IngestTurns } from './ingest-turns';
import { messengerSenderKey } from '../conversations/join-conversation';

/**
 * How old a held delivery is before a sweep takes it up: older than what an instance ordinarily still has waiting,
 * so it was most likely left by a crash or a failure. Behind a long storm an instance may still have older ones
 * waiting (ingested one at a time while the storm lasts); one taken up twice is stored once (ingestion is
 * idempotent, as the platforms' own redeliveries need), and only costs the work twice.
 */
export const LEFT_AFTER_MS = 120_000;
/** A delivery whose ingestion failed here is tried again after this, doubling each time up to `MAX_RETRY_MS`. */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 30 * 60_000;
/**
 * How long, from its first try, a change for a comment not stored yet (an edit, a removal, the city's answer) is
 * kept and tried again: its comment may still be on its way, held by another instance or retried after a failure.
 */
const UNKNOWN_KEPT_MS = 10 * 60_000;
/**
 * A delivery that still cannot be ingested after this is let go, logged as an error: it holds residents' words, and
 * the failures before it were logged as errors for days.
 */
const GIVE_UP_AFTER_MS = 7 * 24 * 60 * 60_000;
/**
 * Deliveries ingested at once (services/app/ingest/ingest-turns.ts): sixteen; four while a click is answered;
 * none during a storm of webhooks unless deliveries have waited twenty seconds through it, then one at a time. A
 * storm's first wave is acknowledged at the pace of holding alone and its cards follow seconds later, behind
 * Teams' pacing of a thread anyway; one that lasts is still ingested, and what waits meanwhile stays within
 * `MAX_BEHIND_BYTES`.
 */
const PLACES = { atOnce: 16, whileAnswering: 4, afterPatience: 1, patienceMs: 20_000 };
/**
 * Bodies held here and not yet ingested, in bytes, beyond which webhooks are answered 503 until the drain catches
 * up: what waits is in memory as well as in the inbox (a storm of ordinary deliveries is a few megabytes).
 */
export const MAX_BEHIND_BYTES = 8 * 1024 * 1024;
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
  /** Whether someone waits on the foreground right now: ingestion gives way to it. */
  readonly priority?: IngestPriority;
}

/** A delivery that failed: when it is tried next, and what those after it about the same comments wait for. */
interface Failure {
  readonly count: number;
  /** When it first failed: a change whose comment is not stored yet is kept `UNKNOWN_KEPT_MS` from then. */
  readonly since: number;
  readonly nextAt: number;
  readonly through: Promise<void>;
  readonly letThrough: () => void;
}

/**
 * What came of an ingestion: `failed` holds back those after it about the same comments until it is through;
 * `later` (a change whose comment is not stored yet) does not, since that comment may be what comes next.
 */
type Outcome = 'ingested' | 'failed' | 'later' | 'left';

/**
 * What orders a delivery after earlier ones. `keys`: the comments its events are about and the ones they answer; it
 * waits for the earlier deliveries about them, through their retries. `turns`: a Messenger message has nothing to
 * answer but its sender's open conversation, which the sender's earlier message may be starting, so messages from
 * one sender are ingested in turn (or two could each start one) — but only in turn: one that fails does not hold
 * the sender's later messages back.
 */
function keysOf(events: readonly IncomingEvent[]): { keys: string[]; turns: string[] } {
  const keys = new Set<string>();
  const turns = new Set<string>();
  for (const event of events) {
    if (event.kind === 'new') {
      keys.add(commentKeyText(event.comment));
      if (event.comment.parentId)
        keys.add(commentKeyText({ platform: event.comment.platform, commentId: event.comment.parentId }));
      if (event.comment.platform === 'messenger' && event.comment.authorId)
        turns.add(commentKeyText(messengerSenderKey(event.comment)));
    } else keys.add(commentKeyText(event.key));
  }
  return { keys: [...keys], turns: [...turns] };
}

/**
 * Ingests the deliveries the webhooks acknowledged once held (services/ports/delivery-inbox.ts), and releases each
 * once its comments are stored. Deliveries about the same comment are ingested in the order they were held: an
 * edit never before its comment, and none after one that failed until that one is through its retries (a change
 * that came before its comment is kept and tried again after it); a Messenger sender's messages one at a time.
 * Others go on at once, a few at a time. One that fails stays held and is tried again by the sweep, later each time; the
 * sweep also takes up what a crash or another instance left.
 */
export class InboxDrain {
  /** What the next delivery about each comment waits for. */
  private readonly lanes = new Map<string, Promise<void>>();
  /** Deliveries taken and not yet through, by id. */
  private readonly running = new Map<string, Promise<void>>();
  private readonly failures = new Map<string, Failure>();
  private readonly turns: IngestTurns;
  private readonly loop: Schedule;
  private behindBytes = 0;
  private stopping = false;

  constructor(private readonly deps: InboxDrainDeps) {
    this.loop = deps.schedule('inbox', deps.intervalMs, () => this.sweep());
    this.turns = new IngestTurns(deps.priority, deps.clock, PLACES);
  }

  /** Whether so much is held here and not yet ingested that webhooks should wait (`MAX_BEHIND_BYTES`). */
  behind(): boolean {
    return this.behindBytes >= MAX_BEHIND_BYTES;
  }

  /** Ingests a held delivery after the earlier ones about its comments. */
  take(held: HeldDelivery, events: readonly IncomingEvent[], logger: Log): void {
    if (this.stopping || this.running.has(held.id)) return;
    const { keys, turns } = keysOf(events);
    const earlier = [...keys, ...turns].flatMap((key) => this.lanes.get(key) ?? []);
    // A retry goes first, and what came after it still waits for it: those after both wait for both. It still
    // takes its turn among its sender's messages, which never wait on a failure.
    const retry = this.failures.has(held.id);
    const inTurn = turns.flatMap((key) => this.lanes.get(key) ?? []);
    const outcome = Promise.all(retry ? inTurn : earlier).then(() => this.ingest(held, events, logger));
    const own = outcome.then((end) =>
      end === 'failed' && !this.stopping ? this.failures.get(held.id)?.through : undefined,
    );
    const lane = retry ? Promise.all([own, ...earlier]).then(() => undefined) : own;
    const done = outcome.then(() => undefined);
    this.running.set(held.id, done);
    this.behindBytes += held.body.length;
    for (const key of keys) this.lanes.set(key, lane);
    for (const key of turns) this.lanes.set(key, done);
    void done.finally(() => {
      this.running.delete(held.id);
      this.behindBytes -= held.body.length;
      for (const key of turns) if (this.lanes.get(key) === done) this.lanes.delete(key);
    });
    void lane.finally(() => {
      for (const key of keys) if (this.lanes.get(key) === lane) this.lanes.delete(key);
    });
  }

  /** Resolves once every delivery taken so far, and any taken meanwhile, is ingested or left for a retry. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  /**
   * Takes up the deliveries that failed here and are due again, and those held for longer than `LEFT_AFTER_MS`
   * that are not being ingested here; lets go of those held past `GIVE_UP_AFTER_MS`.
   */
  async sweep(): Promise<void> {
    const now = this.deps.clock.now().toMillis();
    const leftBefore = utcIso(this.deps.clock.now().minus({ milliseconds: LEFT_AFTER_MS }));
    const known = new Map(this.failures);
    const held = await this.deps.inbox.heldBefore(
      known.size > 0 ? utcIso(this.deps.clock.now()) : leftBefore,
    );
    // A failure here whose delivery another instance has since ingested and released (one failing since the
    // listing began is not among those known before it).
    const listed = new Set(held.map((h) => h.id));
    for (const [id, failure] of known)
      if (!listed.has(id) && !this.running.has(id) && this.failures.get(id) === failure)
        this.forget(id, failure);
    for (const delivery of held) {
      if (this.running.has(delivery.id)) continue;
      const failure = this.failures.get(delivery.id);
      if (now - Date.parse(delivery.receivedAt) >= GIVE_UP_AFTER_MS) await this.giveUp(delivery, failure);
      else if (failure ? failure.nextAt <= now : delivery.receivedAt < leftBefore) this.retry(delivery);
    }
  }

  private retry(held: HeldDelivery): void {
    const logger = this.deps.logger.child({ delivery: held.id, platform: held.source });
    let events: readonly IncomingEvent[];
    try {
      events = this.deps.eventsOf(held);
    } catch (error) {
      this.failed(held, isAppError(error) ? error.code : 'unexpected', logger, true);
      return;
    }
    this.take(held, events, logger);
  }

  private async ingest(held: HeldDelivery, events: readonly IncomingEvent[], logger: Log): Promise<Outcome> {
    await this.turns.take();
    try {
      if (this.stopping) return 'left';
      const result = await this.deps.ingester.ingest(events, logger);
      const now = this.deps.clock.now().toMillis();
      if (result.unknown > 0 && now - (this.failures.get(held.id)?.since ?? now) < UNKNOWN_KEPT_MS) {
        this.failed(held, 'comment_not_stored_yet', logger, false);
        return 'later';
      }
      logger.info({ event: 'webhook.ingested', ...result }, 'delivery ingested');
      await this.deps.inbox.release(held);
      this.forget(held.id, this.failures.get(held.id));
      return 'ingested';
    } catch (error) {
      this.failed(held, isAppError(error) ? error.code : 'unexpected', logger, true);
      return 'failed';
    } finally {
      this.turns.give();
    }
  }

  /**
   * Kept for a retry; `holdsBack`: those after it about the same comments wait until it is through (a change whose
   * comment is not stored yet lets them go, since that comment may be among them). Logged by code and attempt
   * only: the delivery holds residents' words.
   */
  private failed(held: HeldDelivery, code: string, logger: Log, holdsBack: boolean): void {
    const now = this.deps.clock.now().toMillis();
    const before = this.failures.get(held.id);
    if (before && !holdsBack) before.letThrough();
    const count = (before?.count ?? 0) + 1;
    const waitMs = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (count - 1));
    let letThrough = () => undefined as void;
    const through =
      holdsBack && before ? before.through : new Promise<void>((resolve) => (letThrough = resolve));
    this.failures.set(held.id, {
      count,
      since: before?.since ?? now,
      nextAt: now + waitMs,
      through,
      letThrough: holdsBack && before ? before.letThrough : letThrough,
    });
    const fields = { event: 'inbox.retry_later', code, attempts: count, retryInMs: waitMs };
    if (!holdsBack) logger.info(fields, 'a change came before its comment; it stays held a while');
    else if (count >= STUCK_AFTER) logger.error(fields, 'a held delivery keeps failing; it stays held');
    else logger.warn(fields, 'a held delivery could not be ingested; it stays held');
  }

  private forget(id: string, failure: Failure | undefined): void {
    failure?.letThrough();
    this.failures.delete(id);
  }

  private async giveUp(held: HeldDelivery, failure: Failure | undefined): Promise<void> {
    this.deps.logger.error(
      { event: 'inbox.given_up', delivery: held.id, platform: held.source, attempts: failure?.count ?? 0 },
      'a held delivery could not be ingested in seven days and is let go',
    );
    await this.deps.inbox.release(held);
    this.forget(held.id, failure);
  }

  start(): void {
    this.stopping = false;
    this.loop.start(true);
  }

  /** Ingestions under way end; deliveries waiting stay held for the next start (or another instance). */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const [id, failure] of this.failures) this.forget(id, failure);
    this.turns.openAll();
    await this.loop.stop();
    await this.settled();
  }
}
