import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
import { cutOffWhenStalled } from './stalled-download';
import type { TabViewer } from './tab-auth';

export interface ArchiveRouteDeps {
  readonly comments: ArchiveSource;
  readonly media?: Pick<MediaVault, 'stream'>;
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
    /** What packing met midway (storage, the media vault), as against the download ending on the admin's side. */
    let packing: unknown;
    /** The admin gave the download up, or packing failed midway: the response is cut off, the package not taken. */
    const notDelivered = () => {
      if (packing === undefined)
        deps.logger.warn({ event: 'archive.not_delivered' }, 'archive package download ended early');
      else
        deps.logger.error(
          { event: 'archive.cut_off', error: errorSummary(packing) },
          'archive package failed midway',
        );
      res.destroy();
    };
    /**
     * The zip's chunks, noting a failure of its own apart from the response's: what the response side throws in
     * when it ends early (Node 24 does, Node 20 only returns) is not caught here.
     */
    async function* packed(zip: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
      const chunks = zip[Symbol.asyncIterator]();
      try {
        for (;;) {
          const step = await chunks.next().catch((error: unknown) => {
            packing = error;
            throw error;
          });
          if (step.done) return;
          yield step.value;
        }
      } finally {
        await chunks.return?.();
      }
    }
    try {
      const { viewer } = await guard.viewerOf(req);
      if (!deps.isAdmin(viewer)) throw new AppError('admin_only', 'Only admins take out the archive package');
      const query = req.query as Record<string, string | undefined>;
      const period = archivePeriod(query.from, query.to, deps.clock.now(), deps.maxMonths);
      const handed = await deps.oneAtATime(viewer, async () => {
        // Read before anything is sent: a failure to read the period is a clear error, not a broken download.
        const zip = zipArchive(await archiveFiles(deps.comments, period, deps.accounts, deps.media), period);
        res.writeHead(200, {
          'Content-Type': 'application/zip',
          'Content-Disposition': `attachment; filename="${archiveFileName(period)}"`,
          ...guard.headers,
        });
        // Sent as it is packed, as fast as the admin's download takes it.
        const watch = cutOffWhenStalled(res);
        return pipeline(Readable.from(packed(zip)), res).then(
          () => zip.outcome,
          () => {
            // Packing that made nothing to send for minutes failed, though it was the response that was cut off.
            if (watch.notFed) packing ??= new Error('Nothing was packed to send for two minutes');
            notDelivered();
          },
        );
      });
      // Recorded only once every byte has gone out: a download broken off holds back the purge, nothing more.
      if (!handed) return;
      // The package is the admin's now: a failure to record it is logged (it holds back the purge until taken again).
      const recorded = await recordTakenPackage(deps, {
        period,
        sha256: handed.sha256,
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
        {
          event: 'archive.taken',
          from: period.from,
          to: period.to,
          files: handed.files,
          bytes: handed.bytes,
        },
        'archive package made',
      );
    } catch (error) {
      if (res.headersSent) {
        packing ??= error;
        notDelivered();
      } else guard.failed(res, error);
    }
  });
}
