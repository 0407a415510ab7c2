import type { CardStrings } from '../../../cards/locale/card-strings';
import { stringsFor } from '../../../cards/locale/pick-strings';
import { channelLanguage } from '../notices/channel-language';
import { CARD_LEASE_SECONDS, leaseFrom } from './card-lease';
import { isAppError } from '../../domain/app-error';
import type { PostedCard, StoredComment } from '../../domain/comment';
import { commentKeyText, type CommentKey } from '../../domain/platform';
import type { CardDrawing, ChannelRoutes, OutboxNotices } from './posting-seams';
import type {
  ChannelLanguages,
  Clock,
  Comments,
  IngestPriority,
  Log,
  OutboxQueue,
  TeamsPoster,
  Versioned,
} from '../../ports/index';
import { placeCard } from './card-placement';
import type { StormFolder, StormThread } from './card-placement';
import type { ConversationChanges } from '../conversations/refresh-conversation';
import { utcIso } from '../../domain/utc-iso';

/**
 * What came of posting a card. `follows`: it goes into the thread of a card still being posted (its conversation's
 * first, its post's storm card), so it was not posted yet and is tried again in a moment.
 */
export type PostOutcome =
  'posted' | 'already_posted' | 'busy' | 'follows' | 'no_route' | 'failed' | 'missing';

/** After this many failed attempts a card is a dead letter, whatever the reason. */
export const MAX_POST_ATTEMPTS = 10;
/** Teams' answers that waiting cannot change: a malformed card, a conversation gone, a card too big even small. */
const REFUSED_FOR_GOOD = new Set([400, 404, 413]);

/** When the next attempt is due: 30 s, 1 min, 2 min … at most an hour after the last. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

export interface PendingCardDeps {
  readonly store: Comments;
  readonly queue: OutboxQueue;
  readonly poster: TeamsPoster;
  readonly routes: ChannelRoutes;
  readonly renderer: CardDrawing;
  readonly clock: Clock;
  readonly logger: Log;
  /** Told what the outbox cannot fix itself: no channel, a team that refuses, dead letters (once a sweep). */
  readonly notices?: OutboxNotices;
  /** Folds comment storms into one thread per post; absent: every card starts its own thread. */
  readonly storms?: StormFolder;
  /** Cards posted at once right after their webhooks (card-turns.ts). */
  readonly maxImmediate?: number;
  /** Whether webhook deliveries are being stored: card posting then keeps to a small share of storage. */
  readonly priority?: IngestPriority;
  /**
   * Told of a reply posted by the sweep: one whose delivery ended before it was counted in its conversation is
   * counted now (the webhook's own post leaves that to the intake).
   */
  readonly conversations?: ConversationChanges;
  /** The language each channel is written to in (`språk`): its cards are drawn in it for everyone. */
  readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
}

/**
 * Posts each stored comment's card exactly once. The webhook path asks for a post right after storing; the sweep
 * posts whatever is still unposted (after a crash, a Teams outage, a restart). Both hold a lease on the card's
 * outbox marker — the webhook's stored with the comment, the sweep's taken with a conditional write — so when they
 * race only one of them posts, and a click or an edit on the comment never collides with a lease.
 */
export class PendingCardPoster {
  private readonly inFlight = new Set<string>();
  /** Dead letters since admins were last told. */
  private newDeadLetters = 0;

  constructor(private readonly deps: PendingCardDeps) {}

  /**
   * The post of a card whose webhook just stored its comment, in its turn (card-turns.ts); never throws. On the
   * lease stored with the comment, the row as just written saves a read and the write that takes a lease.
   */
  postStored(stored: Versioned<StoredComment>, leasedAtInsert: boolean): Promise<PostOutcome | void> {
    const { platform, commentId } = stored.value;
    return (
      leasedAtInsert ? this.post(stored.value, stored, 0, true) : this.post({ platform, commentId })
    ).catch((error: unknown) => this.logFailure(stored.value, error));
  }

  async post(
    key: CommentKey,
    fresh?: Versioned<StoredComment>,
    attempts = 0,
    leasedAtInsert = false,
  ): Promise<PostOutcome> {
    const id = commentKeyText(key);
    if (this.inFlight.has(id)) return 'busy';
    this.inFlight.add(id);
    try {
      return await this.postOnce(key, fresh, attempts, leasedAtInsert);
    } finally {
      this.inFlight.delete(id);
    }
  }

  private async postOnce(
    key: CommentKey,
    fresh: Versioned<StoredComment> | undefined,
    attempts: number,
    leasedAtInsert = false,
  ): Promise<PostOutcome> {
    const { store, queue, clock, logger } = this.deps;
    const current = fresh ?? (await store.get(key));
    if (!current) {
      await queue.clear(key);
      return 'missing';
    }
    if (current.value.card) {
      await queue.clear(key);
      return 'already_posted';
    }
    const now = clock.now();
    const ours = leasedAtInsert && fresh !== undefined;
    const route = await this.deps.routes.routeFor(current.value);
    if (!route) {
      logger.warn({ event: 'card.no_route', platform: key.platform }, 'no Teams channel to post into yet');
      // The webhook's lease is given back, so the sweep posts it as soon as there is a channel.
      if (ours) await this.releaseLease(key);
      await this.deps.notices?.unrouted(current.value);
      return 'no_route';
    }
    // The lease is the outbox marker's: stored with the comment for the webhook's own post, else taken now.
    if (!ours && !(await queue.lease(key, utcIso(now), leaseFrom(now)))) return 'busy';
    const leased = current;
    let posted: PostedCard;
    let storm: StormThread | undefined;
    try {
      const placement = await placeCard(this.deps, leased.value, route);
      if (placement === 'wait') {
        // The conversation's first card, or the storm's card, is still being posted: this one follows it.
        await this.releaseLease(key);
        return 'follows';
      }
      storm = placement.storm;
      const thread = placement.inThreadOf;
      // In the language of the channel it goes to: a thread's, which a rebinding may have left in another channel.
      const strings = await this.channelStrings(thread?.channelId ?? route.channelId);
      const send = (card: object) =>
        thread
          ? this.deps.poster.postCardInThread(thread, card, leased.value.deadline)
          : this.deps.poster.postNewThread(route, card, leased.value.deadline);
      posted = await send(this.deps.renderer.render(leased.value, { strings })).catch((error: unknown) => {
        // Too big for Teams after all (413): the smallest card, never the same one again.
        if (!isAppError(error, 'teams_send_failed') || error.details.status !== 413) throw error;
        logger.warn({ event: 'card.too_large', platform: key.platform }, 'card refused as too big');
        return send(this.deps.renderer.renderSmallest(leased.value, { strings }));
      });
    } catch (error) {
      this.logFailure(key, error);
      if (isAppError(error, 'teams_send_failed') && error.details.status === 403) {
        // The team no longer has the app: its cards wait, unchanged, until it is added again.
        await this.releaseLease(key);
        await this.deps.notices?.routeRefused(route);
      } else {
        await this.scheduleRetry(key, attempts + 1, error);
      }
      return 'failed';
    }
    const changed = await this.recordPosted(leased, posted);
    // Changed while its card was on its way (an edit, an answer on the platform): the card catches up now.
    if (changed) {
      const strings = await this.channelStrings(posted.channelId);
      await this.deps.poster
        .updateCard(posted, this.deps.renderer.render(changed, { strings }), changed.deadline)
        .catch((error: unknown) => this.logFailure(key, error));
    }
    logger.info(
      {
        event: 'card.posted',
        platform: key.platform,
        inStorm: Boolean(storm),
        inConversation: Boolean(leased.value.conversation),
      },
      'card posted',
    );
    if (storm) await this.deps.storms?.counted(leased.value, storm);
    if (!ours && leased.value.conversation) await this.deps.conversations?.changed(changed ?? leased.value);
    return 'posted';
  }

  /**
   * Records where the card went and drops the "not yet posted" marker in one write — on the row as leased, or,
   * when an edit or a click changed it in the meantime, on the row as it now is.
   */
  private async recordPosted(
    leased: Versioned<StoredComment>,
    card: NonNullable<StoredComment['card']>,
  ): Promise<StoredComment | undefined> {
    let current: Versioned<StoredComment> | undefined = leased;
    // The card is in Teams now. Until this is written, another poster would post it again once the lease ends, so
    // a storage outage is waited out (within the lease, on the monotonic timer) rather than given up on.
    const { clock } = this.deps;
    const giveUpAt = clock.monotonic() + (CARD_LEASE_SECONDS - 5) * 1000;
    let wait = 250;
    for (let attempt = 0; attempt < 5 && current;) {
      const withCard = { ...current.value, card };
      try {
        await this.deps.store.recordCardPosted(withCard, current.etag);
        return current === leased ? undefined : withCard;
      } catch (error) {
        if (isAppError(error, 'storage_unavailable') && clock.monotonic() + wait < giveUpAt) {
          await clock.sleep(wait);
          wait = Math.min(wait * 2, 4000);
          continue;
        }
        if (!isAppError(error, 'concurrent_update')) throw error;
        attempt += 1;
        current = await this.readBack(leased.value, giveUpAt);
      }
    }
    return undefined;
  }

  /** The row as it is now, waiting out a storage outage within the lease. */
  private async readBack(key: CommentKey, giveUpAt: number): Promise<Versioned<StoredComment> | undefined> {
    for (let wait = 250; ; wait = Math.min(wait * 2, 4000)) {
      try {
        return await this.deps.store.get(key);
      } catch (error) {
        if (!isAppError(error, 'storage_unavailable') || this.deps.clock.monotonic() + wait >= giveUpAt)
          throw error;
        await this.deps.clock.sleep(wait);
      }
    }
  }

  /** A failed post is tried again later, with a growing delay, or becomes a dead letter an admin is told of. */
  private async scheduleRetry(key: CommentKey, attempts: number, error: unknown): Promise<void> {
    const status = isAppError(error) ? Number(error.details.status ?? 0) : 0;
    const code = isAppError(error) ? `${error.code}${status ? `:${status}` : ''}` : 'unexpected';
    if (REFUSED_FOR_GOOD.has(status) || attempts >= MAX_POST_ATTEMPTS) {
      await this.deps.queue.deadLetter(key, attempts, code);
      this.newDeadLetters += 1;
      this.deps.logger.warn(
        { event: 'card.dead_letter', platform: key.platform, code, attempts },
        'card refused for good; kept for an admin to retry',
      );
      return;
    }
    const dueAt = this.deps.clock.now().plus({ seconds: retryDelaySeconds(attempts) });
    await this.deps.queue.retryLater(key, attempts, utcIso(dueAt), code);
  }

  private async channelStrings(channelId: string): Promise<CardStrings> {
    return stringsFor(await channelLanguage(this.deps.channelLanguages, channelId));
  }

  private async releaseLease(key: CommentKey): Promise<void> {
    await this.deps.queue.release(key, utcIso(this.deps.clock.now())).catch(() => undefined);
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

  /** Posts every card that is due, the longest-waiting first. */
  async sweepOnce(): Promise<void> {
    try {
      const now = utcIso(this.deps.clock.now());
      const due = await this.deps.queue.listDue(now, 100);
      for (const { key, attempts } of due) {
        await this.post(key, undefined, attempts).catch((error: unknown) => this.logFailure(key, error));
      }
      if (this.newDeadLetters > 0) {
        const count = this.newDeadLetters;
        this.newDeadLetters = 0;
        await this.deps.notices?.deadLetters(count);
      }
    } catch (error) {
      this.deps.logger.warn(
        { event: 'outbox.sweep.failed', code: isAppError(error) ? error.code : 'unexpected' },
        'outbox sweep failed',
      );
    }
  }
}
