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
 * Which periods have had their archive package taken out: the records plan purges a comment only when the period it
 * was written in is here (unless the city archives by other means). A period taken again keeps its latest taking.
 */
export interface ArchiveLedger {
  recordTaken(taken: TakenPackage): Promise<void>;
  /** Every period taken out, earliest first. */
  listTaken(): Promise<TakenPackage[]>;
}
