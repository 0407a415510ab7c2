/** An archive package taken out: the period it covers, the SHA-256 of its zip, who took it and when. */
export interface TakenPackage {
  /** yyyy-MM-dd, both ends included. */
  readonly from: string;
  readonly to: string;
  /** The period's first instant and the first instant after it, UTC ISO: what the records plan compares with. */
  readonly startUtc: string;
  readonly endUtc: string;
  readonly sha256: string;
  readonly at: string;
  readonly by: { readonly id: string; readonly name: string };
}

/**
 * Which periods have had their archive package taken out, and when: the records plan purges a comment only when a
 * package of the period it was written in was taken after its last change (unless the city archives by other means).
 * Every taking is kept; a period taken again has two.
 */
export interface ArchiveLedger {
  recordTaken(taken: TakenPackage): Promise<void>;
  /** Every taking, by period and then time, earliest first. */
  listTaken(): Promise<TakenPackage[]>;
}
