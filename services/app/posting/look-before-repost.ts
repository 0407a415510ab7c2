import { cardIdentity } from '../../../cards/card-identity';
import { AppError, isAppError } from '../../domain/app-error';
import type { PostedCard } from '../../domain/comment';
import { utcIso } from '../../domain/utc-iso';
import type {
  ChannelCardFinder,
  Clock,
  Log,
  TeamsChannelRoute,
  TeamsMessage,
  TeamsPoster,
} from '../../ports/index';

/** Graph lists a new message within seconds: an attempt is looked for once it is this old. */
const SETTLE_MS = 5_000;
/** Attempts remembered at most; the oldest go first. */
const REMEMBERED = 1_000;
/** How long a card waits for Graph to answer before it is posted unseen: a late card is worse than two. */
const LONGEST_WAIT_MS = 10 * 60_000;

/**
 * A look that waiting cannot make possible: the team's group is unknown (installed before Svarsvakten kept it), or
 * Graph refuses the app (no consent in the team yet, or the team is gone).
 */
function lookImpossible(error: unknown): boolean {
  if (!isAppError(error)) return false;
  const status = Number(error.details.status ?? 0);
  return error.details.code === 'group_unknown' || status === 401 || status === 403 || status === 404;
}

/** A failure after which the card may be in the channel all the same: Teams or its gateway answered 5xx. */
function ambiguous(error: unknown): boolean {
  return isAppError(error, 'teams_send_failed') && Number(error.details.status ?? 0) >= 500;
}

/**
 * A new thread is never posted twice. When Teams answers 5xx for a new card (a 502 or 504 from its gateway may come
 * after the card was posted), the next post of a card with the same buttons in that channel first looks for it
 * (Microsoft Graph): found, it is the card; not found, it is posted. When the look cannot be made, the post waits
 * (it fails as a 504 and is tried again later), rather than risk a second card that the records plan would never
 * find to redact — for ten minutes at most, and not at all where looking cannot work (the team's group unknown,
 * Graph refusing the app): then a late or missing card would be worse than two. Remembered in this instance's
 * memory for a day: a restart, or a retry that another instance takes, posts without looking.
 */
export class LookBeforeRepost implements TeamsPoster {
  /** Channel and card identity → when the first ambiguous attempt began (UTC ISO) and its monotonic time. */
  private readonly uncertain = new Map<string, { since: string; at: number }>();

  constructor(
    private readonly inner: TeamsPoster,
    private readonly finder: ChannelCardFinder,
    private readonly clock: Clock,
    private readonly logger: Log,
  ) {}

  async postNewThread(route: TeamsChannelRoute, card: object, dueBy?: string): Promise<PostedCard> {
    const identity = cardIdentity(card);
    const key = identity === undefined ? undefined : `${route.channelId}\n${identity}`;
    const earlier = key === undefined ? undefined : this.uncertain.get(key);
    if (identity !== undefined && key !== undefined && earlier) {
      const found = await this.look(route, identity, earlier);
      if (found) {
        this.uncertain.delete(key);
        // It shows what it showed then: drawn as it is now, where Teams lets it.
        await this.inner.updateCard(found, card, dueBy).catch(() => undefined);
        this.logger.warn(
          { event: 'teams.post.found_after_failure' },
          'Teams had posted the card it answered 5xx for: kept, not posted again',
        );
        return found;
      }
    }
    const attempt = { since: utcIso(this.clock.now().minus({ seconds: 5 })), at: this.clock.monotonic() };
    try {
      const posted = await this.inner.postNewThread(route, card, dueBy);
      if (key !== undefined) this.uncertain.delete(key);
      return posted;
    } catch (error) {
      if (key !== undefined && ambiguous(error)) this.remember(key, earlier ?? attempt);
      throw error;
    }
  }

  private async look(
    route: TeamsChannelRoute,
    identity: string,
    earlier: { since: string; at: number },
  ): Promise<PostedCard | undefined> {
    const age = this.clock.monotonic() - earlier.at;
    if (age < SETTLE_MS) await this.clock.sleep(SETTLE_MS - age);
    try {
      return await this.finder.findCard(route, identity, earlier.since);
    } catch (error) {
      const status = isAppError(error) ? Number(error.details.status ?? 0) : 0;
      const waitedTooLong = this.clock.monotonic() - earlier.at > LONGEST_WAIT_MS;
      if (lookImpossible(error) || waitedTooLong) {
        this.logger.warn(
          { event: 'teams.post.unseen', status, waitedTooLong },
          'cannot look for a card Teams answered 5xx for; posted without looking',
        );
        return undefined;
      }
      this.logger.warn(
        { event: 'teams.post.look_failed', status },
        'could not look for a card Teams answered 5xx for; it waits',
      );
      throw new AppError('teams_send_failed', 'Could not look for the card before posting it again', {
        status: 504,
      });
    }
  }

  private remember(key: string, attempt: { since: string; at: number }): void {
    this.uncertain.delete(key);
    this.uncertain.set(key, attempt);
    const dayAgo = this.clock.monotonic() - 86_400_000;
    for (const [k, a] of this.uncertain) if (a.at < dayAgo) this.uncertain.delete(k);
    while (this.uncertain.size > REMEMBERED) {
      const oldest = this.uncertain.keys().next().value;
      if (oldest === undefined) break;
      this.uncertain.delete(oldest);
    }
  }

  postCardInThread(root: PostedCard, card: object, dueBy?: string): Promise<PostedCard> {
    return this.inner.postCardInThread(root, card, dueBy);
  }

  updateCard(posted: PostedCard, card: object, dueBy?: string): Promise<void> {
    return this.inner.updateCard(posted, card, dueBy);
  }

  replyInThread(posted: PostedCard, message: TeamsMessage, dueBy?: string): Promise<void> {
    return this.inner.replyInThread(posted, message, dueBy);
  }

  sendToUser(
    route: TeamsChannelRoute,
    userId: string,
    message: TeamsMessage,
    conversationId?: string,
  ): Promise<string> {
    return this.inner.sendToUser(route, userId, message, conversationId);
  }
}
