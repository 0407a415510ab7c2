/**
 * A webhook delivery held as it came, from the moment it is acknowledged until its comments are stored: the
 * platform stops retrying once it hears 200, so what it sent must already be stored by then.
 */
export interface HeldDelivery {
  /** The inbox's own name for it, in the order deliveries were held. */
  readonly id: string;
  /** The webhook it came through (`meta`, `x`, `linkedin`). */
  readonly source: string;
  readonly receivedAt: string;
  /** The exact bytes whose signature was checked. */
  readonly body: Buffer;
}

/** Where deliveries are held between their acknowledgement and their ingestion (the `Inbox` table). */
export interface DeliveryInbox {
  /** The largest body held; a larger one is ingested before it is acknowledged, as if there were no inbox. */
  readonly maxBodyBytes: number;
  /** Stored once this resolves; deliveries held at the same moment share transactions. */
  hold(delivery: Omit<HeldDelivery, 'id'>): Promise<HeldDelivery>;
  /** Ingested: the delivery goes (one already gone is no error). */
  release(delivery: HeldDelivery): Promise<void>;
  /** Every delivery still held that was received before `before` (UTC ISO), oldest first per webhook. */
  heldBefore(before: string): Promise<HeldDelivery[]>;
}
