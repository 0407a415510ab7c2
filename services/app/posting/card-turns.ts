import type { StoredComment } from '../../domain/comment';
import type { CardPosting } from './posting-seams';
import type { Clock, IngestPriority, Log, Versioned } from '../../ports/index';
import { CARD_LEASE_SECONDS } from './card-lease';
import type { PostOutcome } from './post-pending-card';

/**
 * A card waiting its turn: when its comment was stored (by the clock the lease is written in, so a clock that jumps
 * ahead ends the lease here as it does for the sweep), and whether the lease stored with it is still its own.
 */
interface Waiting {
  readonly stored: Versioned<StoredComment>;
  readonly at: number;
  readonly leasedAtInsert: boolean;
  /** How often it was tried while the card whose thread it goes into was still being posted. */
  readonly followed?: number;
}

const LEASE_MS = CARD_LEASE_SECONDS * 1000;
const MAX_IMMEDIATE = 32;
/**
 * Posting a card takes storage too (the storm's read, the posted-card record): while deliveries wait for their
 * acknowledgement it keeps to this many at once, so a storm's webhooks are stored first and its cards follow.
 */
const POSTS_WHILE_STORING = 2;
/**
 * A card whose thread's first card is still being posted (its post's storm card, or its conversation's first) is
 * tried again this much later, up to `FOLLOW_TRIES` times; then it is left to the outbox's sweep.
 */
const FOLLOW_MS = 1000;
const FOLLOW_TRIES = 60;
/** Beyond this many waiting, a card is left to the outbox sweep, which takes it once the insert's lease ran out. */
const MAX_WAITING = 2000;

export interface CardTurnsDeps {
  /** Posts one card; never throws. `leasedAtInsert`: on the lease stored with the comment, from the row given. */
  readonly poster: {
    postStored(stored: Versioned<StoredComment>, leasedAtInsert: boolean): Promise<PostOutcome | void>;
  };
  readonly logger: Log;
  readonly clock: Clock;
  /** Cards posted at once (32); the next wait their turn in memory. */
  readonly maxImmediate?: number;
  /** While webhook deliveries are being stored, at most `POSTS_WHILE_STORING` cards are posted at once. */
  readonly priority?: IngestPriority;
}

/**
 * The turns of the cards posted right after their webhooks: a storm's posting stays within what storage and Teams
 * take, and gives way to storing, so webhooks are still stored and answered at once.
 */
export class CardTurns implements CardPosting {
  private posting = 0;
  private readonly waiting: Waiting[] = [];

  constructor(private readonly deps: CardTurnsDeps) {
    deps.priority?.onQuiet(() => this.next());
  }

  /** A card to post as soon as its turn comes, right after its webhook stored the comment. */
  postSoon(stored: Versioned<StoredComment>): void {
    this.enqueue({ stored, at: this.now(), leasedAtInsert: true });
  }

  private now(): number {
    return this.deps.clock.now().toMillis();
  }

  /** How many cards may be posted at once now. */
  private allowed(): number {
    const most = this.deps.maxImmediate ?? MAX_IMMEDIATE;
    return this.deps.priority?.storing() ? Math.min(most, POSTS_WHILE_STORING) : most;
  }

  /** Tries again in a moment, on a lease of its own (its insert's was given back), reading the comment afresh. */
  private followLater(card: Waiting): void {
    const followed = (card.followed ?? 0) + 1;
    if (followed > FOLLOW_TRIES) return;
    void this.deps.clock
      .sleep(FOLLOW_MS, { background: true })
      .then(() => this.enqueue({ stored: card.stored, at: this.now(), leasedAtInsert: false, followed }));
  }

  private enqueue(card: Waiting): void {
    if (this.waiting.length >= MAX_WAITING) {
      this.deps.logger.info(
        { event: 'card.deferred', platform: card.stored.value.platform },
        'to the outbox',
      );
      return;
    }
    this.waiting.push(card);
    this.next();
  }

  /**
   * Starts waiting cards while there is room. One that waited past half the lease stored with it is not posted on
   * it (the post might outlast it, and the sweep post it too): it waits until that lease has run out and then
   * takes a lease of its own — seconds later, not at the outbox's next sweep.
   */
  private next(): void {
    while (this.posting < this.allowed()) {
      const card = this.waiting.shift();
      if (!card) return;
      const waited = this.now() - card.at;
      if (card.leasedAtInsert && waited >= LEASE_MS / 2) {
        const later = { ...card, leasedAtInsert: false };
        void this.deps.clock
          .sleep(Math.max(0, LEASE_MS - waited) + 1000, { background: true })
          .then(() => this.enqueue(later));
        continue;
      }
      this.posting += 1;
      void this.deps.poster
        .postStored(card.stored, card.leasedAtInsert)
        .then((outcome) => {
          if (outcome === 'follows') this.followLater(card);
        })
        .finally(() => {
          this.posting -= 1;
          this.next();
        });
    }
  }
}
