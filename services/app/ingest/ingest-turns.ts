import type { IngestPriority } from '../../ports/index';

/**
 * Places among the deliveries ingested at once: `whileBusy` while someone waits on the foreground (a webhook being
 * held, a click being answered), `atOnce` otherwise. Handed out first come, first served, one per place freed.
 */
export class IngestTurns {
  private taken = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly priority: IngestPriority | undefined,
    private readonly atOnce: number,
    private readonly whileBusy: number,
  ) {
    priority?.onQuiet(() => this.handOut());
  }

  /** Resolves with a place taken. */
  async take(): Promise<void> {
    if (this.waiting.length === 0 && this.taken < this.limit()) {
      this.taken += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
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
  }

  private limit(): number {
    return this.priority?.storing() ? this.whileBusy : this.atOnce;
  }

  private handOut(): void {
    while (this.waiting.length > 0 && this.taken < this.limit()) {
      this.taken += 1;
      this.waiting.shift()?.();
    }
  }
}
