import type { CommentKey } from '../../domain/platform';
import type { Schedule, Scheduler } from '../../ports/index';
import { CardTurns } from './card-turns';
import { PendingCardPoster, type PendingCardDeps, type PostOutcome } from './post-pending-card';

/**
 * The outbox: the cards of the comments just stored take their turns (`turns`, what the ingester asks to post), and
 * every `intervalMs` the sweep posts whatever is due (after a crash, a Teams outage, a restart). The posting itself
 * is post-pending-card.ts.
 */
export class CardOutbox {
  private readonly poster: PendingCardPoster;
  private readonly loop: Schedule;
  /** Where the ingester hands each card it just stored. */
  readonly turns: CardTurns;

  constructor(deps: PendingCardDeps & { readonly intervalMs: number; readonly schedule: Scheduler }) {
    this.poster = new PendingCardPoster(deps);
    this.turns = new CardTurns({ ...deps, poster: this.poster });
    this.loop = deps.schedule('outbox', deps.intervalMs, () => this.poster.sweepOnce());
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
