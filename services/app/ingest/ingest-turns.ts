import type { Clock, IngestPriority } from '../../ports/index';

export interface IngestPlaces {
  /** Deliveries ingested at once while nobody waits on the foreground. */
  readonly atOnce: number;
  /** Ingested at once while a click is being answered. */
  readonly whileAnswering: number;
  /** Ingested at once during a storm of webhooks, once deliveries have been waiting `patienceMs`. */
  readonly afterPatience: number;
  /** How long deliveries wait their turn through a storm before `afterPatience` of them go on anyway. */
  readonly patienceMs: number;
}

/**
 * Places among the deliveries ingested at once, handed out first come, first served, one per place freed.
 * During a storm of webhooks ingestion gives way altogether: its deliveries are acknowledged at the pace of holding
 * them alone, and its comments ingested once it has passed. Should it last `patienceMs` with deliveries still
 * waiting, `afterPatience` of them go on at a time until none waits, so ingestion never stops. While a click is
 * being answered (it waits on its platform's call, often for seconds) ingestion only makes room for it.
 */
export class IngestTurns {
  private taken = 0;
  private readonly waiting: (() => void)[] = [];
  /** Counts the spells of waiting (from the first delivery waiting to none): a spell's patience is its own. */
  private spell = 0;
  private waitingSpell = false;
  private patienceOver = false;

  constructor(
    private readonly priority: IngestPriority | undefined,
    private readonly clock: Clock,
    private readonly places: IngestPlaces,
  ) {
    priority?.onQuiet(() => this.handOut());
  }

  /** Resolves with a place taken. */
  async take(): Promise<void> {
    if (this.waiting.length === 0 && this.taken < this.limit()) {
      this.taken += 1;
      return;
    }
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (!this.waitingSpell) this.startWaiting();
    });
  }

  give(): void {
    this.taken -= 1;
    this.handOut();
  }

  /** Lets everyone waiting through (the drain is stopping: they find it so and leave their deliveries held). */
  openAll(): void {
    for (const wake of this.waiting.splice(0)) {
      this.taken += 1;
      wake();
    }
    this.endWaiting();
  }

  private startWaiting(): void {
    this.spell += 1;
    const spell = this.spell;
    this.waitingSpell = true;
    void this.clock.sleep(this.places.patienceMs, { background: true }).then(() => {
      if (this.spell !== spell || !this.waitingSpell) return;
      this.patienceOver = true;
      this.handOut();
    });
  }

  private endWaiting(): void {
    this.waitingSpell = false;
    this.patienceOver = false;
  }

  private limit(): number {
    if (this.priority?.holding()) return this.patienceOver ? this.places.afterPatience : 0;
    return this.priority?.storing() ? this.places.whileAnswering : this.places.atOnce;
  }

  private handOut(): void {
    while (this.waiting.length > 0 && this.taken < this.limit()) {
      this.taken += 1;
      this.waiting.shift()?.();
    }
    if (this.waiting.length === 0) this.endWaiting();
  }
}
