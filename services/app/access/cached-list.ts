import type { Clock, Log } from '../../ports/index';

/** How long a list read from storage is used before it is read again (another instance may have changed it). */
const FRESH_FOR_MS = 60_000;

/**
 * A small list kept in memory so a card is drawn without a storage call: read at start, again after a minute
 * (in the background, the last one used meanwhile) and at once after a change made here.
 */
export class CachedList<T> {
  private items: readonly T[] = [];
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly read: () => Promise<readonly T[]>,
    private readonly deps: {
      readonly clock: Pick<Clock, 'monotonic'>;
      readonly logger: Log;
      readonly what: string;
    },
  ) {}

  async reload(): Promise<void> {
    this.items = await this.read();
    this.readAt = this.deps.clock.monotonic();
  }

  current(): readonly T[] {
    if (this.deps.clock.monotonic() - this.readAt > FRESH_FOR_MS) {
      this.readAt = this.deps.clock.monotonic();
      void this.reload().catch(() =>
        this.deps.logger.warn(
          { event: 'cache.read_failed', what: this.deps.what },
          'not read again; the last one is used',
        ),
      );
    }
    return this.items;
  }
}
