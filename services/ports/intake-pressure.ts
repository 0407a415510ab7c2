/**
 * What someone waits on goes before background work: a platform waits for its webhook's acknowledgement (given once
 * the delivery is held) and gives up on slow ones, a person waits for their click's answer; a card posted, a held
 * delivery ingested or a figure counted a few seconds later loses nothing.
 */
export interface IngestPriority {
  /** Whether someone waits right now: webhook deliveries being held, or Teams activities being answered. */
  storing(): boolean;
  /**
   * Whether webhook deliveries come in a stream now (more than one in a tenth of a second, or one being held): a
   * storm, whose acknowledgements go before any ingestion. A click waits on its own platform call, often for
   * seconds, and ingestion only makes room for it.
   */
  holding(): boolean;
  /**
   * Calls `listener` each time what waits has lessened, for what gave way to look again: a stream of webhooks has
   * passed (none in flight, and none for a moment after the last), or the last click has been answered.
   */
  onQuiet(listener: () => void): void;
}
