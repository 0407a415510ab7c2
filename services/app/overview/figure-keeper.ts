import { isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { countOf, figureDayOf, type CommentCount } from '../../domain/figures/comment-count';
import { isKeyedId, type KeyedIds } from '../../domain/keyed-id';
import type { CommentKey, Platform } from '../../domain/platform';
import { utcIso } from '../../domain/utc-iso';
import type {
  Clock,
  CommentChanges,
  FigureMarkers,
  IngestPriority,
  Log,
  OverviewFigures,
  QueuedCopy,
  Schedule,
  Scheduler,
} from '../../ports/index';
import { queueCopy } from './queue-copy';

/** How long the changes written are gathered before they are counted together. */
const GATHER_MS = 1000;
/**
 * Longest the counting waits for the foreground (clicks being answered, webhooks being held) to go quiet before it
 * counts anyway: the figures are a moment late, never lost.
 */
const GIVE_WAY_MS = 10_000;
/** How often it looks whether the foreground has gone quiet. */
const GATHER_STEP_MS = 100;
/** How many comments a build holds before it writes what it has counted: its memory stays bounded. */
const BUILD_CHUNK = 2000;

/** A comment as written, its revision, and whether a marker beside it says its figures are due. */
export interface Written {
  readonly comment: StoredComment;
  readonly revision: number;
  readonly marked?: boolean;
}

/**
 * Keeps the overview's figures and queue (ports/overview-figures.ts) as comments change, so the tab reads days and
 * accounts, not every comment. The comment store tells of each comment it writes; those are counted a moment
 * later, in batches, one pass at a time. Every change also leaves a marker beside the comment in its own
 * transaction, dropped once counted: the sweep counts what a crash, or another instance, left. Each count and copy
 * carries the comment's revision, and an older one never replaces a newer: instances may count out of order.
 * Where the figures were never built, or were lost, they are built from every comment, and until then the tab
 * reads the comments themselves; at each start they are built again beside the counting, mending whatever a
 * version without them changed meanwhile.
 */
export class FigureKeeper implements CommentChanges {
  private pending = new Map<string, Written>();
  private gathering = false;
  private wake: (() => void) | undefined;
  private counting: Promise<void> = Promise.resolve();
  private built = false;
  private mended = false;
  private stopping = false;
  private readonly loop: Schedule;

  constructor(
    private readonly deps: {
      /** A comment as it is stored now, and its revision. */
      readonly current: (key: CommentKey) => Promise<Written | undefined>;
      /** Every comment stored, with its revision, for a build. */
      readonly everyComment: () => AsyncIterable<Written>;
      readonly figures: OverviewFigures;
      readonly markers: FigureMarkers;
      readonly keyedIds: KeyedIds;
      readonly clock: Clock;
      readonly logger: Log;
      readonly schedule: Scheduler;
      readonly intervalMs: number;
      /** What someone waits on now: the counting gives way to it. */
      readonly priority?: IngestPriority;
    },
  ) {
    this.loop = deps.schedule('overview-figures', deps.intervalMs, () => this.sweep());
  }

  /** Whether the figures are built: until then the overview reads the comments. */
  get ready(): boolean {
    return this.built;
  }

  written(comment: StoredComment, revision: number, marked?: boolean): void {
    const before = this.pending.get(this.idOf(comment));
    if (before && before.revision > revision) return;
    this.pending.set(this.idOf(comment), marked ? { comment, revision, marked } : { comment, revision });
    if (this.gathering) return;
    // A moment's wait gathers a comment's insert and its card's record, and a storm's comments, into one pass.
    this.gathering = true;
    void this.inLine(async () => {
      await this.gathered();
      this.gathering = false;
      this.wake = undefined;
      await this.countPending();
    });
  }

  /**
   * A moment's gathering, longer while someone waits on the foreground (up to `GIVE_WAY_MS`); `catchUp` ends it at
   * once.
   */
  private async gathered(): Promise<void> {
    const woken = new Promise<boolean>((resolve) => (this.wake = () => resolve(true)));
    const slept = (ms: number) =>
      Promise.race([this.deps.clock.sleep(ms, { background: true }).then(() => false), woken]);
    if (await slept(GATHER_MS)) return;
    for (
      let waited = GATHER_MS;
      this.deps.priority?.storing() && waited < GIVE_WAY_MS;
      waited += GATHER_STEP_MS
    )
      if (await slept(GATHER_STEP_MS)) return;
  }

  /** Counts everything written so far: what the overview waits for before it reads the figures. */
  catchUp(): Promise<void> {
    this.wake?.();
    return this.inLine(() => this.countPending());
  }

  /**
   * Every pass waits for the one before: two at once could write an older copy of a comment over a newer one. A
   * build holds the line while the overview reads the comments themselves (`ready` is false meanwhile).
   */
  private inLine(pass: () => Promise<void>): Promise<void> {
    const run = this.counting.then(pass);
    this.counting = run.catch(() => undefined);
    return run;
  }

  /** Builds the figures where they are missing, then counts what the markers say is not counted yet. */
  sweep(): Promise<void> {
    return this.inLine(async () => {
      if (await this.deps.figures.builtAt()) {
        this.built = true;
        if (!this.mended) await this.buildAll();
      } else await this.buildAll();
      this.mended = true;
      const written: Written[] = [];
      const orphans: CommentKey[] = [];
      for (const { key } of await this.deps.markers.list()) {
        const stored = await this.deps.current(key);
        if (stored) written.push({ ...stored, marked: true });
        // A marker left under an id the comment no longer has (the records plan moved it, and a crash kept the
        // marker) names nothing to count, and keeps a platform's id: it goes.
        else orphans.push(key);
      }
      await this.deps.markers.drop(orphans);
      await this.count(written);
      await this.pruneQueue();
    });
  }

  start(): void {
    this.loop.start(true);
  }

  stop(): Promise<void> {
    // A build under way ends at its next chunk: the next start builds again.
    this.stopping = true;
    return this.loop.stop();
  }

  /**
   * Counts every comment stored, a chunk at a time, beside the counting of what is written meanwhile (a count
   * never replaces a newer one). Where the figures were missing, the tab reads them once the build is through.
   */
  private async buildAll(): Promise<void> {
    const { figures, clock, logger } = this.deps;
    const started = clock.now();
    let comments = 0;
    let chunk: Written[] = [];
    for await (const written of this.deps.everyComment()) {
      if (this.stopping) return;
      comments++;
      chunk.push(written);
      if (chunk.length >= BUILD_CHUNK) {
        await this.count(chunk);
        chunk = [];
      }
    }
    await this.count(chunk);
    await figures.markBuilt(utcIso(started));
    this.built = true;
    logger.info(
      { event: 'figures.built', comments, ms: clock.now().diff(started).as('milliseconds') },
      'the overview figures were built from every comment',
    );
  }

  private async countPending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    const keep = (left: readonly Written[]) => {
      // Kept for the next pass, unless written again meanwhile; the markers keep them across a restart.
      for (const written of left) {
        const id = this.idOf(written.comment);
        if (!this.pending.has(id)) this.pending.set(id, written);
      }
    };
    try {
      keep(await this.count(batch));
    } catch (error) {
      for (const written of batch) {
        const id = this.idOf(written.comment);
        if (!this.pending.has(id)) this.pending.set(id, written);
      }
      this.deps.logger.warn(
        {
          event: 'figures.count_failed',
          code: isAppError(error) ? error.code : 'unexpected',
          comments: batch.length,
        },
        'the overview figures could not be counted; they are tried again',
      );
    }
  }

  /**
   * Counts a batch: each day's counts, the queue's copies, then the markers of what was counted. A day that cannot
   * be written (storage failing, a day beyond what a row holds) is logged and left to its markers and the next
   * pass; the other days go on.
   */
  private async count(batch: readonly Written[]): Promise<readonly Written[]> {
    if (batch.length === 0) return [];
    const { figures, markers, clock, logger } = this.deps;
    const now = clock.now();
    const days = new Map<string, { day: string; platform: Platform; counts: Map<string, CommentCount> }>();
    const queue = new Map<string, QueuedCopy | { revision: number }>();
    for (const { comment, revision } of batch) {
      const day = figureDayOf(comment.writtenAt);
      const key = `${day}|${comment.platform}`;
      const found = days.get(key) ?? { day, platform: comment.platform, counts: new Map() };
      found.counts.set(this.idOf(comment), countOf(comment, revision));
      days.set(key, found);
      const copy = queueCopy(comment, now);
      queue.set(this.idOf(comment), copy ? { copy, revision } : { revision });
    }
    const failed = new Set<string>();
    for (const [key, { day, platform, counts }] of days) {
      try {
        await figures.setCounts(day, platform, counts);
      } catch (error) {
        failed.add(key);
        logger.error(
          { event: 'figures.day_failed', day, platform, code: isAppError(error) ? error.code : 'unexpected' },
          "a day's overview figures could not be written; its comments are counted again at the next pass",
        );
      }
    }
    await figures.setQueue(queue, utcIso(now));
    const counted = batch.filter(
      ({ comment }) => !failed.has(`${figureDayOf(comment.writtenAt)}|${comment.platform}`),
    );
    await markers.drop(counted.filter(({ marked }) => marked).map(({ comment }) => comment));
    return batch.filter((written) => !counted.includes(written));
  }

  /** Answered comments leave the queue once they are older than it shows. */
  private async pruneQueue(): Promise<void> {
    const now = this.deps.clock.now();
    const gone = new Map<string, { revision: number }>();
    for (const { copy, revision } of await this.deps.figures.readQueue()) {
      if (!queueCopy(copy, now)) gone.set(this.idOf(copy), { revision });
    }
    if (gone.size > 0) await this.deps.figures.setQueue(gone, utcIso(now));
    await this.deps.figures.forgetGone(utcIso(now.minus({ weeks: 1 })));
  }

  /** A comment's id in the figures: its keyed id, which the records plan's purge leaves as it is. */
  private idOf(comment: StoredComment): string {
    return isKeyedId(comment.commentId) ? comment.commentId : this.deps.keyedIds(comment);
  }
}
