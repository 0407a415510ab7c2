import { DateTime } from 'luxon';
import { isAppError } from '../../domain/app-error';
import type { PostedCard, StoredComment } from '../../domain/comment';
import type { CardDrawing } from './posting-seams';
import type {
  ChannelLanguages,
  Clock,
  CommentQueries,
  Comments,
  Log,
  PostStorm,
  StormStore,
  TeamsChannelRoute,
  TeamsPoster,
  Versioned,
} from '../../ports/index';
import { channelLanguage } from '../notices/channel-language';
import { utcIso } from '../../domain/utc-iso';

/** How long one poster may take to post a storm's card before another takes over. */
const POSTING_SECONDS = 30;

/** A storm's thread, as a comment's card goes into it. */
export interface StormThread {
  readonly root: PostedCard;
  readonly startedAt: string;
}

export interface StormSettings {
  /** More comments than this on one post within the window start a storm; 0 turns folding off. */
  readonly threshold: number;
  readonly windowMinutes: number;
}

/**
 * Comment storms: when one post draws more than `threshold` comments within `windowMinutes`, further comments on
 * it do not each start a thread in the channel. The first of them posts one card for the post, and each comment's
 * own card — with Ta, reply and every policy action, and its own deadline — goes into that card's thread. The storm
 * lasts while the post keeps drawing more than `threshold` comments within the window. Nothing is lost: a comment
 * waits (its card unposted) while another poster is posting the storm's card, and takes its turn again a second
 * later (card-turns.ts), or the outbox's sweep posts it, once that is there.
 */
/** Later than any comment: a window that ends here holds every comment on the post so far. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

/** How many comments the comment's post has drawn since `since`: the figure a storm's card shows. */
export function commentsOnPostSince(
  comments: Pick<CommentQueries, 'countOnPostBefore'>,
  comment: StoredComment,
  since: string,
): Promise<number> {
  return comments.countOnPostBefore({ ...comment, receivedAt: END_OF_TIME }, since);
}

export class StormFolder {
  /** Per storm card: the updates waiting to go out, in order. */
  private readonly updates = new Map<string, { pending: number; chain: Promise<void> }>();

  constructor(
    private readonly deps: {
      readonly comments: CommentQueries;
      readonly storms: StormStore;
      readonly poster: TeamsPoster;
      readonly cards: CardDrawing;
      readonly clock: Clock;
      readonly logger: Log;
      readonly settings: StormSettings;
      /** The language each channel is written to in (`språk`): a storm's card is drawn in its channel's. */
      readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
    },
  ) {}

  /** Where the comment's card goes: a thread of its own (undefined), a storm's thread, or 'wait'. */
  async threadFor(
    comment: StoredComment,
    route: TeamsChannelRoute,
  ): Promise<StormThread | undefined | 'wait'> {
    const { threshold, windowMinutes } = this.deps.settings;
    if (threshold <= 0 || comment.platform === 'messenger') return undefined;
    const received = DateTime.fromISO(comment.receivedAt);
    const windowStart = utcIso(received.minus({ minutes: windowMinutes }));
    // One small range read decides it for nearly every comment: a storm lasts while the rate stays above it.
    if ((await this.deps.comments.countOnPostBefore(comment, windowStart)) <= threshold) return undefined;
    const existing = await this.deps.storms.get(comment.platform, comment.postId);
    const active = existing !== undefined && existing.value.lastAt >= windowStart;
    if (active && existing.value.root) {
      await this.touch(existing, comment.receivedAt);
      return { root: existing.value.root, startedAt: existing.value.startedAt };
    }
    return this.startStorm(comment, route, existing, active, windowStart);
  }

  private async touch(storm: Versioned<PostStorm>, at: string): Promise<void> {
    if (storm.value.lastAt >= at) return;
    // Best effort: a poster that loses this race wrote a later time anyway.
    await this.deps.storms.replace({ ...storm.value, lastAt: at }, storm.etag).catch(() => undefined);
  }

  /** Takes the right to post the storm's card with a conditional write, posts it, records it. */
  private async startStorm(
    comment: StoredComment,
    route: TeamsChannelRoute,
    existing: Versioned<PostStorm> | undefined,
    active: boolean,
    windowStart: string,
  ): Promise<StormThread | 'wait'> {
    const now = this.deps.clock.now();
    const nowIso = utcIso(now);
    if (active && existing?.value.postingSince) {
      const stale = DateTime.fromISO(existing.value.postingSince).plus({ seconds: POSTING_SECONDS }) < now;
      if (!stale) return 'wait';
    }
    const storm: PostStorm = {
      platform: comment.platform,
      postId: comment.postId,
      startedAt: active && existing ? existing.value.startedAt : windowStart,
      postingSince: nowIso,
      lastAt: comment.receivedAt,
    };
    let mine: Versioned<PostStorm> | undefined;
    try {
      mine = existing
        ? await this.deps.storms.replace(storm, existing.etag)
        : await this.deps.storms.create(storm);
    } catch (error) {
      if (isAppError(error, 'concurrent_update')) return 'wait';
      throw error;
    }
    if (!mine) return 'wait';
    const count = await this.deps.comments.countOnPostBefore(comment, storm.startedAt);
    const root = await this.deps.poster.postNewThread(
      route,
      await this.card(comment, storm.startedAt, count, route.channelId),
      comment.deadline,
    );
    const { postingSince: _posting, ...posted } = storm;
    await this.deps.storms.replace({ ...posted, root }, mine.etag);
    this.deps.logger.info(
      { event: 'storm.started', platform: comment.platform },
      'comments on one post folded',
    );
    return { root, startedAt: storm.startedAt };
  }

  /**
   * After a comment's card went into the storm's thread: the storm's card counts every comment on the post so far.
   * Updates of one storm's card go out one after another, each counting at its turn, so the card ends on the true
   * count however the comments' cards were ordered on their way to Teams. Of the updates waiting, only the latest
   * goes out: it counts all the others would, and the thread's share of Teams' limit goes to the comments' cards.
   */
  counted(comment: StoredComment, thread: StormThread): Promise<void> {
    const key = thread.root.activityId;
    const state = this.updates.get(key) ?? { pending: 0, chain: Promise.resolve() };
    this.updates.set(key, state);
    state.pending += 1;
    state.chain = state.chain.then(async () => {
      if (state.pending > 1) {
        state.pending -= 1;
        return;
      }
      await commentsOnPostSince(this.deps.comments, comment, thread.startedAt)
        .then(async (count) =>
          this.deps.poster.updateCard(
            thread.root,
            await this.card(comment, thread.startedAt, count, thread.root.channelId),
            comment.deadline,
          ),
        )
        .catch((error: unknown) =>
          this.deps.logger.warn(
            { event: 'storm.update.failed', code: isAppError(error) ? error.code : 'unexpected' },
            'storm card not updated',
          ),
        );
      state.pending -= 1;
      if (state.pending === 0) this.updates.delete(key);
    });
    return state.chain;
  }

  private async card(
    comment: StoredComment,
    since: string,
    count: number,
    channelId: string,
  ): Promise<object> {
    const language = await channelLanguage(this.deps.channelLanguages, channelId);
    return this.deps.cards.renderStorm(comment, since, count, undefined, language);
  }
}

/** Where a comment's card goes: a thread of its own, the thread of another card, or not yet ('wait'). */
export type Placement = { readonly inThreadOf?: PostedCard; readonly storm?: StormThread } | 'wait';

/**
 * A reply in a conversation goes into the thread of the conversation's first card (waiting while that card is not
 * posted yet; in a storm that thread is the storm's). Any other comment goes into its post's storm thread while
 * the post draws a storm, else into a thread of its own.
 */
export async function placeCard(
  deps: { readonly store: Pick<Comments, 'get'>; readonly storms?: StormFolder | undefined },
  comment: StoredComment,
  route: TeamsChannelRoute,
): Promise<Placement> {
  const rootId = comment.conversation?.rootId;
  if (rootId) {
    const root = await deps.store.get({ platform: comment.platform, commentId: rootId });
    if (root?.value.card) return { inThreadOf: root.value.card };
    if (root) return 'wait';
  }
  const storm = await deps.storms?.threadFor(comment, route);
  if (storm === 'wait') return 'wait';
  return storm ? { inThreadOf: storm.root, storm } : {};
}
