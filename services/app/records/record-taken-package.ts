import type { ArchivePeriod } from '../../domain/archive-period';
import type { ArchiveLedger, AuditLog, TakenPackage } from '../../ports/index';
import { archiveFileName } from './archive-zip';

/**
 * A package taken out is recorded twice: as an audit entry (who, when, the period and the SHA-256 of the zip, which
 * the archive can check the deposit against) and in the archive ledger, which lets the records plan purge the period.
 * Recorded once the package is handed over whole (written to its file, or sent to the browser to the last byte): a
 * taking that failed records nothing, and only holds back the purge, which is the safe way to fail.
 */
export async function recordTakenPackage(
  deps: { readonly audit?: AuditLog; readonly ledger: ArchiveLedger },
  taken: {
    readonly period: ArchivePeriod;
    /** The SHA-256 of the zip as handed over. */
    readonly sha256: string;
    readonly at: string;
    readonly by: TakenPackage['by'];
  },
): Promise<TakenPackage> {
  const { period, sha256, at, by } = taken;
  const name = archiveFileName(period);
  await deps.audit?.record({
    at,
    by,
    action: 'archive_taken',
    subject: { id: name, name },
    detail: `${period.from}–${period.to} SHA-256 ${sha256}`,
  });
  const entry: TakenPackage = {
    from: period.from,
    to: period.to,
    startUtc: period.startUtc,
    endUtc: period.endUtc,
    sha256,
    at,
    by,
  };
  await deps.ledger.recordTaken(entry);
  return entry;
}
