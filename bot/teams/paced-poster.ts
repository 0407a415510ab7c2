import { AppError, isAppError } from '../../services/domain/app-error';
import { threadRootId, type PostedCard } from '../../services/domain/comment';
import { performance } from 'node:perf_hooks';
import type { Clock, TeamsChannelRoute, TeamsMessage, TeamsPoster } from '../../services/ports/index';
import type { Logger } from '../wiring/logger';
import { utcIso } from '../../services/domain/utc-iso';

/**
 * Teams' limits for a bot: per conversation thread about 7 messages a second and 60 in 30 seconds, and about 30
 * requests a second for the app in a tenant. Above them Teams answers 429.
 */
export interface PacingLimits {
  readonly perThreadPerSecond: number;
  readonly perThreadPer30Seconds: number;
  readonly perAppPerSecond: number;
  /** Sends under way at once. */
  readonly concurrency: number;
  /** Tries of one send, the first included, before its caller is told it failed. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const TEAMS_LIMITS: PacingLimits = {
  perThreadPerSecond: 7,
  perThreadPer30Seconds: 60,
  perAppPerSecond: 30,
  concurrency: 8,
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
};

/** No pacing, the same retries: for the benchmark against a local connector only (TEAMS_PACING=off). */
export const UNPACED: PacingLimits = {
  ...TEAMS_LIMITS,
  perThreadPerSecond: Number.POSITIVE_INFINITY,
  perThreadPer30Seconds: Number.POSITIVE_INFINITY,
  perAppPerSecond: Number.POSITIVE_INFINITY,
  concurrency: 64,
};

/** What Teams answers when trying again later can work: throttled, precondition (a stale replica), gateway. */
const RETRIED_STATUSES = new Set([412, 429, 502, 504]);

/** The Teams conversation a send to a posted card goes into: its thread. */
function threadOf(posted: PostedCard): string {
  return `${posted.channelId};messageid=${threadRootId(posted)}`;
}

/** A send as the limits count it: until a window after its end. */
interface Send {
  end: number;
}

interface Job {
  readonly thread: string;
  readonly dueBy: string;
  readonly seq: number;
  readonly send: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  attempt: number;
  notBefore: number;
}

/**
 * The one way out to Teams. Every card, card update, thread reply and 1:1 message waits here for its turn: the
 * most urgent first (earliest deadline; a send without one is due now), each thread and the app kept under Teams'
 * limits, and a send Teams answered 429, 412, 502 or 504 tried again after an exponential, jittered delay — or
 * after Retry-After when Teams gives one. Other failures (403: removed from the team or blocked) go straight back
 * to the caller, who decides what they mean.
 */
export class PacedTeamsPoster implements TeamsPoster {
  private readonly queue: Job[] = [];
  private readonly sentPerThread = new Map<string, Send[]>();
  private sentByApp: Send[] = [];
  private inFlight = 0;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pumpScheduled = false;
  private closed = false;

  constructor(
    private readonly inner: TeamsPoster,
    private readonly logger: Logger,
    /** Now, for the order of sends without a deadline; the pacing windows count on the monotonic timer. */
    private readonly clock: Clock,
    private readonly limits: PacingLimits = TEAMS_LIMITS,
    private readonly random: () => number = Math.random,
  ) {}

  /** Sends waiting now, for the benchmark and for shutting down cleanly. */
  get waiting(): number {
    return this.queue.length + this.inFlight;
  }

  postNewThread(route: TeamsChannelRoute, card: object, dueBy?: string): Promise<PostedCard> {
    return this.enqueue(route.channelId, dueBy, () => this.inner.postNewThread(route, card, dueBy));
  }

  postCardInThread(root: PostedCard, card: object, dueBy?: string): Promise<PostedCard> {
    return this.enqueue(threadOf(root), dueBy, () => this.inner.postCardInThread(root, card, dueBy));
  }

  updateCard(posted: PostedCard, card: object, dueBy?: string): Promise<void> {
    return this.enqueue(threadOf(posted), dueBy, () => this.inner.updateCard(posted, card, dueBy));
  }

  replyInThread(posted: PostedCard, message: TeamsMessage, dueBy?: string): Promise<void> {
    return this.enqueue(threadOf(posted), dueBy, () => this.inner.replyInThread(posted, message, dueBy));
  }

  sendToUser(
    route: TeamsChannelRoute,
    userId: string,
    message: TeamsMessage,
    conversationId?: string,
  ): Promise<string> {
    return this.enqueue(`user:${userId}`, undefined, () =>
      this.inner.sendToUser(route, userId, message, conversationId),
    );
  }

  private enqueue<T>(thread: string, dueBy: string | undefined, send: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.closed) {
        reject(new AppError('teams_send_failed', 'Svarsvakten is stopping', { status: 0 }));
        return;
      }
      this.queue.push({
        thread,
        dueBy: dueBy ?? utcIso(this.clock.now()),
        seq: this.seq++,
        send,
        resolve: resolve as (value: unknown) => void,
        reject,
        attempt: 0,
        notBefore: 0,
      });
      this.schedulePump();
    });
  }

  /** Sends that arrive together are ordered together: the pump runs once the current burst has been queued. */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setTimeout(() => {
      this.pumpScheduled = false;
      this.pump();
    }, 0);
  }

  /**
   * When `sends` leave room for one more within `limit` per `windowMs`; Infinity until an in-flight send ends.
   * Teams counts a message when it arrives, somewhere between the start of the send and its end. So a send counts
   * from its start until a window after its end (while in flight, its end is unknown: it counts): then no window of
   * arrivals can hold more than the limit, however the sends are delayed on their way.
   */
  private roomAt(sends: readonly Send[], now: number, windowMs: number, limit: number): number {
    const ends = sends.map((s) => s.end).filter((end) => end > now - windowMs);
    if (ends.length < limit) return now;
    ends.sort((a, b) => a - b);
    return (ends[ends.length - limit] ?? now) + windowMs;
  }

  /** When the thread and the app both have room again, from `now`. */
  private freeAt(thread: string, now: number): number {
    const threadSends = this.sentPerThread.get(thread) ?? [];
    return Math.max(
      now,
      this.roomAt(threadSends, now, 1000, this.limits.perThreadPerSecond),
      this.roomAt(threadSends, now, 30_000, this.limits.perThreadPer30Seconds),
      this.roomAt(this.sentByApp, now, 1000, this.limits.perAppPerSecond),
    );
  }

  private pump(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const now = performance.now();
    this.forgetOld(now);
    while (this.inFlight < this.limits.concurrency) {
      const job = this.nextReady(now);
      if (!job) break;
      this.queue.splice(this.queue.indexOf(job), 1);
      this.start(job);
    }
    if (this.queue.length === 0 || this.inFlight >= this.limits.concurrency) return;
    const wake = Math.min(...this.queue.map((j) => Math.max(j.notBefore, this.freeAt(j.thread, now))));
    // Infinity: every slot waits for a send in flight, whose end runs the pump again.
    if (Number.isFinite(wake)) this.timer = setTimeout(() => this.pump(), Math.max(1, wake - now));
  }

  /** The most urgent send that may go now: earliest deadline, then first come. */
  private nextReady(now: number): Job | undefined {
    let best: Job | undefined;
    for (const job of this.queue) {
      if (job.notBefore > now || this.freeAt(job.thread, now) > now) continue;
      if (!best || job.dueBy < best.dueBy || (job.dueBy === best.dueBy && job.seq < best.seq)) best = job;
    }
    return best;
  }

  private start(job: Job): void {
    this.inFlight++;
    job.attempt++;
    const send: Send = { end: Number.POSITIVE_INFINITY };
    const sends = this.sentPerThread.get(job.thread) ?? [];
    sends.push(send);
    this.sentPerThread.set(job.thread, sends);
    this.sentByApp.push(send);
    job
      .send()
      .then(job.resolve, (error: unknown) => this.failed(job, error))
      .finally(() => {
        send.end = performance.now();
        this.inFlight--;
        this.pump();
      });
  }

  private failed(job: Job, error: unknown): void {
    const status = isAppError(error) ? Number(error.details.status ?? 0) : 0;
    if (!RETRIED_STATUSES.has(status) || job.attempt >= this.limits.maxAttempts) {
      job.reject(error);
      return;
    }
    const retryAfter = isAppError(error) ? Number(error.details.retryAfterSeconds ?? 0) : 0;
    const backoff = Math.min(this.limits.maxDelayMs, this.limits.baseDelayMs * 2 ** (job.attempt - 1));
    const jittered = backoff / 2 + (backoff / 2) * this.random();
    const delay = Math.max(jittered, retryAfter * 1000);
    job.notBefore = performance.now() + delay;
    this.logger.warn(
      { event: 'teams.send.retry', status, attempt: job.attempt, delayMs: Math.round(delay) },
      'Teams asked to wait; trying again',
    );
    this.queue.push(job);
  }

  /**
   * Stops sending: what still waits is refused (nothing is lost — an unposted card keeps its marker and is posted
   * at the next start; a reminder not sent stays due).
   */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const job of this.queue.splice(0)) {
      job.reject(new AppError('teams_send_failed', 'Svarsvakten is stopping', { status: 0 }));
    }
  }

  private forgetOld(now: number): void {
    for (const [thread, sends] of this.sentPerThread) {
      const kept = sends.filter((s) => s.end > now - 30_000);
      if (kept.length === 0) this.sentPerThread.delete(thread);
      else this.sentPerThread.set(thread, kept);
    }
    this.sentByApp = this.sentByApp.filter((s) => s.end > now - 1000);
  }
}
