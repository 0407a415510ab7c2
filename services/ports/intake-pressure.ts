/**
 * Storing what webhooks bring goes before posting cards: a delivery is acknowledged only once stored, and the
 * platforms give up on slow acknowledgements, while a card posted a few seconds later loses nothing.
 */
export interface IngestPriority {
  /** Whether webhook deliveries are being stored right now. */
  storing(): boolean;
  /** Calls `listener` each time storing has gone quiet: none in flight, and none for a moment after the last. */
  onQuiet(listener: () => void): void;
}
