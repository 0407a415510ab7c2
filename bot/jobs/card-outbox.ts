import { DateTime } from 'luxon';
import { isAppError } from '../../services/domain/app-error';
import type { PostedCard, StoredComment } from '../../services/domain/comment';
import { commentKeyText, type CommentKey } from '../../services/domain/platform';
import type { Clock, CommentStore, TeamsChannelRoute, TeamsPoster, Versioned } from '../../services/ports';
import type { CardRenderer } from '../card-renderer';
import type { Logger } from '../logger';
import type { RouteResolver } from '../routing';
import { IntervalLoop } from './interval-loop';
import type { StormFolder, StormThread } from './storm-folder';

/** How long one poster holds a comment while it posts its card; after that another may try. */
export const CARD_LEASE_SECONDS = 30;

export type PostOutcome = 'posted' | 'already_posted' | 'busy' | 'no_route' | 'failed' | 'missing';

export interface CardOutboxDeps {
  readonly store: CommentStore;
  readonly poster: TeamsPoster;
  readonly routes: RouteResolver;
  readonly renderer: CardRenderer;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly intervalMs: number;
  /** Told about a comment that has no channel to go to. */
  readonly onUnrouted?: (comment: StoredComment) => Promise<void>;
  /** Folds comment storms into one thread per post; absent: every card starts its own thread. */
  readonly storms?: StormFolder;
  /** Told when Teams refuses posting into a channel (403: the app is no longer in the team). */
  readonly onRouteRefused?: (route: TeamsChannelRoute) => Promise<void>;
}

/**
 * Posts each stored comment's card exactly once. The webhook path asks for a post right after storing; the sweep
 * posts whatever is still unposted (after a crash, a Teams outage, a restart). Both take a lease on the comment row
 * with a conditional write first, so when they race only one of them posts.
 */
export class CardOutbox {
  private readonly inFlight = new Set<string>();
  private readonly loop: IntervalLoop;

  constructor(private readonly deps: CardOutboxDeps) {
    this.loop = new IntervalLoop(deps.intervalMs, () => this.sweepOnce());
  }

  /** Fire-and-forget post after a webhook stored the comment (the row as just written saves a read). */
  postSoon(stored: Versioned<StoredComment>): void {
    void this.post(stored.value, stored).catch((error: unknown) => this.logFailure(stored.value, error));
  }

  async post(key: CommentKey, fresh?: Versioned<StoredComment>): Promise<PostOutcome> {
    const id = commentKeyText(key);
    if (this.inFlight.has(id)) return 'busy';
    this.inFlight.add(id);
    try {
      return await this.postOnce(key, fresh);
    } finally {
      this.inFlight.delete(id);
    }
  }

  private async postOnce(key: CommentKey, fresh?: Versioned<StoredComment>): Promise<PostOutcome> {
    const { store, clock, logger } = this.deps;
    const current = fresh ?? (await store.get(key));
    if (!current) {
      await store.clearUnposted(key);
      return 'missing';
    }
    if (current.value.card) {
      await store.clearUnposted(key);
      return 'already_posted';
    }
    const now = clock.now();
    if (current.value.cardLeaseUntil && DateTime.fromISO(current.value.cardLeaseUntil) > now) return 'busy';
    const route = await this.deps.routes.routeFor(current.value);
    if (!route) {
      logger.warn({ event: 'card.no_route', platform: key.platform }, 'no Teams channel to post into yet');
      await this.deps.onUnrouted?.(current.value);
      return 'no_route';
    }
    let leased: Versioned<StoredComment>;
    try {
      const leaseUntil = now.plus({ seconds: CARD_LEASE_SECONDS }).toUTC().toISO() ?? '';
      leased = await store.replace({ ...current.value, cardLeaseUntil: leaseUntil }, current.etag);
    } catch (error) {
      if (isAppError(error, 'concurrent_update')) return 'busy';
      throw error;
    }
    let posted: PostedCard;
    let storm: StormThread | undefined;
    try {
      const thread = await this.deps.storms?.threadFor(leased.value, route);
      if (thread === 'wait') {
        // Another poster is posting the card of this post's storm; this comment goes in its thread afterwards.
        await this.releaseLease(leased);
        return 'busy';
      }
      storm = thread;
      const send = (card: object) =>
        storm
          ? this.deps.poster.postCardInThread(storm.root, card, leased.value.deadline)
          : this.deps.poster.postNewThread(route, card, leased.value.deadline);
      posted = await send(this.deps.renderer.render(leased.value)).catch((error: unknown) => {
        // Too big for Teams after all (413): the smallest card, never the same one again.
        if (!isAppError(error, 'teams_send_failed') || error.details.status !== 413) throw error;
        logger.warn({ event: 'card.too_large', platform: key.platform }, 'card refused as too big');
        return send(this.deps.renderer.renderSmallest(leased.value));
      });
    } catch (error) {
      await this.releaseLease(leased);
      this.logFailure(key, error);
      if (isAppError(error, 'teams_send_failed') && error.details.status === 403) {
        await this.deps.onRouteRefused?.(route);
      }
      return 'failed';
    }
    await this.recordPosted(leased, posted);
    logger.info({ event: 'card.posted', platform: key.platform, inStorm: Boolean(storm) }, 'card posted');
    if (storm) await this.deps.storms?.counted(leased.value, storm);
    return 'posted';
  }

  /**
   * Records where the card went and drops the "not yet posted" marker in one write — on the row as leased, or,
   * when an edit or a click changed it in the meantime, on the row as it now is.
   */
  private async recordPosted(
    leased: Versioned<StoredComment>,
    card: NonNullable<StoredComment['card']>,
  ): Promise<void> {
    let current: Versioned<StoredComment> | undefined = leased;
    // The card is in Teams now. Until this is written, another poster would post it again once the lease ends, so
    // a storage outage is waited out (within the lease) rather than given up on.
    const giveUpAt = Date.now() + (CARD_LEASE_SECONDS - 5) * 1000;
    let wait = 250;
    for (let attempt = 0; attempt < 5 && current;) {
      const { cardLeaseUntil: _lease, ...rest } = current.value;
      try {
        await this.deps.store.recordCardPosted({ ...rest, card }, current.etag);
        return;
      } catch (error) {
        if (isAppError(error, 'storage_unavailable') && Date.now() + wait < giveUpAt) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          wait = Math.min(wait * 2, 4000);
          continue;
        }
        if (!isAppError(error, 'concurrent_update')) throw error;
        attempt += 1;
        current = await this.readBack(leased.value, giveUpAt);
      }
    }
  }

  /** The row as it is now, waiting out a storage outage within the lease. */
  private async readBack(key: CommentKey, giveUpAt: number): Promise<Versioned<StoredComment> | undefined> {
    for (let wait = 250; ; wait = Math.min(wait * 2, 4000)) {
      try {
        return await this.deps.store.get(key);
      } catch (error) {
        if (!isAppError(error, 'storage_unavailable') || Date.now() + wait >= giveUpAt) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async releaseLease(leased: Versioned<StoredComment>): Promise<void> {
    const { cardLeaseUntil: _lease, ...rest } = leased.value;
    await this.deps.store.replace(rest, leased.etag).catch(() => undefined);
  }

  private logFailure(key: CommentKey, error: unknown): void {
    this.deps.logger.warn(
      {
        event: 'card.post.failed',
        platform: key.platform,
        code: isAppError(error) ? error.code : 'unexpected',
      },
      'card not posted; the outbox will try again',
    );
  }

  /** Posts every card still unposted. */
  sweep(): Promise<void> {
    return this.loop.run();
  }

  private async sweepOnce(): Promise<void> {
    try {
      const keys = await this.deps.store.listUnposted(100);
      for (const key of keys) {
        await this.post(key).catch((error: unknown) => this.logFailure(key, error));
      }
    } catch (error) {
      this.deps.logger.warn(
        { event: 'outbox.sweep.failed', code: isAppError(error) ? error.code : 'unexpected' },
        'outbox sweep failed',
      );
    }
  }

  start(): void {
    this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
