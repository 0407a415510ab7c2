import type { ArchiveLedger, TakenPackage } from '../../../services/ports/index';

/** The archive ledger in memory: every taking, listed in the order Table Storage lists its row keys. */
export class InMemoryArchiveLedger implements ArchiveLedger {
  private readonly taken = new Map<string, TakenPackage>();

  recordTaken(taken: TakenPackage): Promise<void> {
    this.taken.set(`${taken.from}|${taken.to}|${taken.at}`, taken);
    return Promise.resolve();
  }

  listTaken(): Promise<TakenPackage[]> {
    // Row keys are `from|to|at` (ASCII dates and times): their code-unit order is Table Storage's.
    const keys = [...this.taken.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return Promise.resolve(keys.map((key) => this.taken.get(key) as TakenPackage));
  }
}
