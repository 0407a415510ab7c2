/**
 * What someone waits on goes before background work: a platform waits for its webhook's acknowledgement (given once
 * the delivery is held) and gives up on slow ones, a person waits for their click's answer; a card posted, a held
 * delivery ingested or a figure counted a few seconds later loses nothing.
 */
export interface IngestPriority {
  /** Whether someone waits right now: webhook deliveries being held, or Teams activities being answered. */
  storing(): boolean;
  /** Calls `listener` each time storing has gone quiet: none in flight, and none for a moment after the last. */
  onQuiet(listener: () => void): void;
}
