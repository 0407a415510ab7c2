import type { StoredComment } from '../../domain/comment';
import type { CommentKey } from '../../domain/platform';
import type { CardPosting, Schedule, Scheduler, Versioned } from '../../ports';
import { PendingCardPoster, type PendingCardDeps, type PostOutcome } from './post-pending-card';

/**
 * The outbox's schedule: the webhook path asks for a post right after storing, and every `intervalMs` the sweep
 * posts whatever is due (after a crash, a Teams outage, a restart). The posting itself is the use case
 * (services/app/post-pending-card.ts).
 */
export class CardOutbox implements CardPosting {
  private readonly poster: PendingCardPoster;
  private readonly loop: Schedule;

  constructor(deps: PendingCardDeps & { readonly intervalMs: number; readonly schedule: Scheduler }) {
    this.poster = new PendingCardPoster(deps);
    this.loop = deps.schedule('outbox', deps.intervalMs, () => this.poster.sweepOnce());
  }

  postSoon(stored: Versioned<StoredComment>): void {
    this.poster.postSoon(stored);
  }

  post(key: CommentKey): Promise<PostOutcome> {
    return this.poster.post(key);
  }

  /** Posts every card that is due now (joins a sweep under way). */
  sweep(): Promise<void> {
    return this.loop.run();
  }

  start(): void {
    this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
