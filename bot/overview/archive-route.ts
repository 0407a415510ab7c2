import { utcIso } from '../../services/domain/utc-iso';
import type { Request, Response, Server } from 'restify';
import { AppError } from '../../services/domain/app-error';
import { errorSummary } from '../../services/domain/log-values';
import type { ArchiveLedger, AuditLog, Clock, MediaVault } from '../../services/ports/index';
import { recordTakenPackage } from '../../services/app/records/record-taken-package';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { Logger } from '../wiring/logger';
import { archiveFiles, type ArchiveSource } from '../../services/app/records/archive-package';
import { archivePeriod } from '../../services/domain/archive-period';
import { archiveFileName, zipArchive } from '../../services/app/records/archive-zip';
import type { TabViewer } from './tab-auth';

export interface ArchiveRouteDeps {
  readonly comments: ArchiveSource;
  readonly media?: Pick<MediaVault, 'read'>;
  readonly accounts: AccountDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly isAdmin: (viewer: TabViewer) => boolean;
  /** Each package taken out is an audit entry: who, the period, the zip's SHA-256, when. */
  readonly audit?: AuditLog;
  /** Where the packages taken out are recorded for the records plan. */
  readonly ledger: ArchiveLedger;
  /** The longest period one package covers, in months. */
  readonly maxMonths: number;
  /** One export or package at a time per person. */
  readonly oneAtATime: <T>(viewer: TabViewer, work: () => Promise<T>) => Promise<T>;
}

/**
 * Arkivpaket in the overview tab, for admins: `GET /api/overview/archive.zip?from=yyyy-MM-dd&to=yyyy-MM-dd` gives the
 * package for a period that has ended (every platform, Messenger included: the deposit is the city's whole record).
 */
export function registerArchiveRoute(
  server: Server,
  deps: ArchiveRouteDeps,
  guard: {
    readonly viewerOf: (req: Request) => Promise<{ viewer: TabViewer }>;
    readonly failed: (res: Response, error: unknown) => void;
    readonly headers: Readonly<Record<string, string>>;
  },
): void {
  server.get('/api/overview/archive.zip', async (req: Request, res: Response) => {
    try {
      const { viewer } = await guard.viewerOf(req);
      if (!deps.isAdmin(viewer)) throw new AppError('admin_only', 'Only admins take out the archive package');
      const query = req.query as Record<string, string | undefined>;
      const period = archivePeriod(query.from, query.to, deps.clock.now(), deps.maxMonths);
      const { files, zip } = await deps.oneAtATime(viewer, async () => {
        const read = await archiveFiles(deps.comments, period, deps.accounts, deps.media);
        return { files: read, zip: zipArchive(read, period) };
      });
      res.writeHead(200, {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${archiveFileName(period)}"`,
        'Content-Length': String(zip.length),
        ...guard.headers,
      });
      // Recorded only once every byte has gone out: a download broken off holds back the purge, nothing more.
      const delivered = new Promise<boolean>((resolve) => {
        res.once('finish', () => resolve(true));
        res.once('close', () => resolve(res.writableFinished));
      });
      res.end(zip);
      if (!(await delivered)) {
        deps.logger.warn(
          { event: 'archive.not_delivered', from: period.from, to: period.to },
          'archive package broken off',
        );
        return;
      }
      // The package is the admin's now: a failure to record it is logged (it holds back the purge until taken again).
      const recorded = await recordTakenPackage(deps, {
        period,
        zip,
        at: utcIso(deps.clock.now()),
        by: { id: viewer.id, name: viewer.name },
      }).catch((error: unknown) => {
        deps.logger.error(
          { event: 'archive.not_recorded', error: errorSummary(error) },
          'archive package not recorded',
        );
        return undefined;
      });
      if (!recorded) return;
      deps.logger.info(
        { event: 'archive.taken', from: period.from, to: period.to, files: files.length, bytes: zip.length },
        'archive package made',
      );
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
