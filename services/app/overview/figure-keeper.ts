import { isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { countOf, figureDayOf, type CommentCount } from '../../domain/figures/comment-count';
import { isKeyedId, type KeyedIds } from '../../domain/keyed-id';
import type { Platform } from '../../domain/platform';
import { utcIso } from '../../domain/utc-iso';
import type {
  Clock,
  CommentChanges,
  Comments,
  FigureMarkers,
  Log,
  OverviewFigures,
  Schedule,
  Scheduler,
} from '../../ports/index';
import { queueCopy } from './queue-copy';

/** How long the changes written are gathered before they are counted together. */
const GATHER_MS = 1000;

/** One comment as written, and the ETag of the marker that says its figures are due (dropped once counted). */
interface Written {
  readonly comment: StoredComment;
  readonly marker?: string;
}

/**
 * Keeps the overview's figures and queue (ports/overview-figures.ts) as comments change, so the tab reads days and
 * accounts, not every comment. The comment store tells of each comment it writes; those are counted at once, in
 * batches, one pass at a time. Every change also leaves a marker beside the comment in its own transaction,
 * dropped once counted: the sweep counts what a crash, or another instance, left. Counting is setting a comment's
 * count from the comment as it is, so counting twice changes nothing. Where the figures were never built, or
 * were lost, they are built again from every comment, and until then the tab reads the comments themselves.
 */
export class FigureKeeper implements CommentChanges {
  private pending = new Map<string, Written>();
  private gathering = false;
  private wake: (() => void) | undefined;
  private counting: Promise<void> = Promise.resolve();
  private built = false;
  private readonly loop: Schedule;

  constructor(
    private readonly deps: {
      readonly comments: Pick<Comments, 'get'>;
      /** Every comment stored, for a build. */
      readonly everyComment: () => AsyncIterable<StoredComment>;
      readonly figures: OverviewFigures;
      readonly markers: FigureMarkers;
      readonly keyedIds: KeyedIds;
      readonly clock: Clock;
      readonly logger: Log;
      readonly schedule: Scheduler;
      readonly intervalMs: number;
    },
  ) {
    this.loop = deps.schedule('overview-figures', deps.intervalMs, () => this.sweep());
  }

  /** Whether the figures are built: until then the overview reads the comments. */
  get ready(): boolean {
    return this.built;
  }

  written(comment: StoredComment, marker?: string): void {
    this.pending.set(this.idOf(comment), marker ? { comment, marker } : { comment });
    if (this.gathering) return;
    // A moment's wait gathers a comment's insert and its card's record, and a storm's comments, into one pass.
    this.gathering = true;
    void this.inLine(async () => {
      await Promise.race([
        this.deps.clock.sleep(GATHER_MS, { background: true }),
        new Promise<void>((resolve) => (this.wake = resolve)),
      ]);
      this.gathering = false;
      this.wake = undefined;
      await this.countPending();
    });
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
      if (await this.deps.figures.builtAt()) this.built = true;
      else await this.buildAll();
      const written: Written[] = [];
      for (const { key, marker } of await this.deps.markers.list()) {
        const stored = await this.deps.comments.get(key);
        if (stored) written.push(marker ? { comment: stored.value, marker } : { comment: stored.value });
      }
      await this.count(written);
      await this.pruneQueue();
    });
  }

  /** Builds every day's figures and the queue from every comment stored, as if they were lost. */
  build(): Promise<void> {
    return this.inLine(() => this.buildAll());
  }

  start(): void {
    this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async buildAll(): Promise<void> {
    const { figures, clock, logger } = this.deps;
    this.built = false;
    const started = clock.now();
    const days = new Map<string, { day: string; platform: Platform; counts: Map<string, CommentCount> }>();
    const queue = new Map<string, StoredComment | undefined>();
    for (const comment of await figures.readQueue()) queue.set(this.idOf(comment), undefined);
    let comments = 0;
    for await (const comment of this.deps.everyComment()) {
      comments++;
      const day = figureDayOf(comment.writtenAt);
      const key = `${day}|${comment.platform}`;
      const found = days.get(key) ?? { day, platform: comment.platform, counts: new Map() };
      found.counts.set(this.idOf(comment), countOf(comment));
      days.set(key, found);
      const copy = queueCopy(comment, started);
      if (copy) queue.set(this.idOf(comment), copy);
    }
    for (const { day, platform, counts } of days.values())
      await figures.setCounts(day, platform, counts, true);
    await figures.setQueue(queue);
    await figures.markBuilt(utcIso(started));
    this.built = true;
    logger.info(
      { event: 'figures.built', comments, days: days.size, ms: clock.now().diff(started).as('milliseconds') },
      'the overview figures were built from every comment',
    );
  }

  private async countPending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.count(batch);
    } catch (error) {
      // Kept for the next pass, unless written again meanwhile; the markers keep them across a restart.
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

  private async count(batch: readonly Written[]): Promise<void> {
    if (batch.length === 0) return;
    const { figures, markers, clock } = this.deps;
    const now = clock.now();
    const days = new Map<string, { day: string; platform: Platform; counts: Map<string, CommentCount> }>();
    const queue = new Map<string, StoredComment | undefined>();
    for (const { comment } of batch) {
      const day = figureDayOf(comment.writtenAt);
      const key = `${day}|${comment.platform}`;
      const found = days.get(key) ?? { day, platform: comment.platform, counts: new Map() };
      found.counts.set(this.idOf(comment), countOf(comment));
      days.set(key, found);
      queue.set(this.idOf(comment), queueCopy(comment, now));
    }
    for (const { day, platform, counts } of days.values()) await figures.setCounts(day, platform, counts);
    await figures.setQueue(queue);
    await markers.drop(batch.flatMap(({ comment, marker }) => (marker ? [{ key: comment, marker }] : [])));
  }

  /** Answered comments leave the queue once they are older than it shows. */
  private async pruneQueue(): Promise<void> {
    const now = this.deps.clock.now();
    const gone = new Map<string, undefined>();
    for (const comment of await this.deps.figures.readQueue()) {
      if (!queueCopy(comment, now)) gone.set(this.idOf(comment), undefined);
    }
    if (gone.size > 0) await this.deps.figures.setQueue(gone);
  }

  /** A comment's id in the figures: its keyed id, which the records plan's purge leaves as it is. */
  private idOf(comment: StoredComment): string {
    return isKeyedId(comment.commentId) ? comment.commentId : this.deps.keyedIds(comment);
  }
}
