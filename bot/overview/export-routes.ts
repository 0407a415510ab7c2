import type { Request, Response, Server } from 'restify';
import type { DateTime } from 'luxon';
import { AppError } from '../../services/domain/app-error';
import type { HistoryEvent, StoredComment } from '../../services/domain/comment';
import { utcIso } from '../../services/domain/utc-iso';
import type { AuditLog, Clock, CommentStore, Log } from '../../services/ports/index';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { BOM, CSV_FORMAT, HANDLED_COLUMNS, handledCommentRows } from '../../services/app/records/csv-export';
import {
  moderationCsv,
  moderationLines,
  type ModerationLine,
} from '../../services/app/records/moderation-register';
import { errorSummary } from '../../services/domain/log-values';
import { cutOffWhenStalled, STALLED, type DownloadWatch } from './stalled-download';
import type { TabViewer } from './tab-auth';

export interface ExportRouteDeps {
  readonly comments: Pick<CommentStore, 'eachWrittenSince'>;
  readonly accounts: AccountDirectory;
  readonly clock: Clock;
  readonly audit?: AuditLog;
  readonly viewerIsAdmin?: (viewer: TabViewer) => boolean;
  readonly logger?: Log;
}

/**
 * The tab's CSV exports: the handled comments with their history (trained staff) and the moderation register
 * (admins). Each is read one at a time per person and is an audit entry.
 */
export function registerExportRoutes(
  server: Server,
  deps: ExportRouteDeps,
  guard: {
    readonly viewerOf: (
      req: Request,
    ) => Promise<{ viewer: TabViewer; staff: boolean; contactCentre: boolean }>;
    readonly failed: (res: Response, error: unknown) => void;
    readonly oneAtATime: <T>(viewer: TabViewer, work: () => Promise<T>) => Promise<T>;
    readonly weeksOf: (req: Request) => number;
    /** The Strict-Transport-Security header every answer carries. */
    readonly hsts: string;
  },
): void {
  const { viewerOf, failed, oneAtATime, weeksOf } = guard;
  /**
   * A CSV of the period's comments and their history, as `write` streams it, for trained staff (`who` narrows it
   * further); Messenger items only for the contact centre (P7). The comments are read one at a time as they are
   * written out (services/ports/comment-history.ts); the answer starts once the first is read, so storage that
   * fails at the start is a 503 as any other, and one that fails midway cuts the download off, never leaving it
   * looking whole.
   */
  const csvRoute = (
    route: string,
    file: string,
    who: (viewer: TabViewer) => void,
    write: (items: AsyncIterable<WithHistory>, out: Writable, now: DateTime) => Promise<void>,
  ) =>
    server.get(route, async (req: Request, res: Response) => {
      let watch: DownloadWatch | undefined;
      try {
        const { viewer, staff, contactCentre } = await viewerOf(req);
        if (!staff) throw new AppError('not_authorised', 'Only trained staff may export comments');
        who(viewer);
        const now = deps.clock.now();
        const since = utcIso(now.minus({ weeks: weeksOf(req) }).startOf('day'));
        await oneAtATime(viewer, async () => {
          const items = await started(shown(deps.comments.eachWrittenSince(since), contactCentre));
          await deps.audit?.record({
            at: utcIso(now),
            by: { id: viewer.id, name: viewer.name },
            action: 'export_taken',
            subject: { id: file, name: `${file}.csv` },
            detail: `${since.slice(0, 10)}–${now.toISODate() ?? ''}`,
          });
          res.writeHead(200, {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${file}-${now.toFormat('yyyy-MM-dd')}.csv"`,
            'Cache-Control': 'no-store',
            'Strict-Transport-Security': guard.hsts,
          });
          watch = cutOffWhenStalled(res);
          await write(items, res, now);
        });
      } catch (error) {
        if (!res.headersSent) failed(res, error);
        else {
          // The person gave the download up, or storage failed or stalled midway.
          const code = (error as { code?: unknown }).code;
          const ended = code === 'ERR_STREAM_PREMATURE_CLOSE' || code === STALLED;
          const stuck = watch?.notFed ? new Error('Nothing was read to send for two minutes') : undefined;
          if (ended && !stuck) deps.logger?.warn({ event: 'export.given_up' }, 'export download ended early');
          else
            deps.logger?.error(
              // A storage error is told as it is; a download that only ended, as what stalled it.
              { event: 'export.cut_off', error: errorSummary(ended ? (stuck ?? error) : error) },
              'export failed midway',
            );
          res.destroy();
        }
      }
    });

  csvRoute(
    '/api/overview/export.csv',
    'svarsvakten',
    () => undefined,
    async (items, out, now) => {
      out.write(BOM);
      const rows = async function* () {
        for await (const { comment, history } of items)
          yield* handledCommentRows(comment, history, deps.accounts, now);
      };
      await pipeline(
        Readable.from(rows()),
        stringify({ header: true, columns: HANDLED_COLUMNS, ...CSV_FORMAT }),
        out,
      );
    },
  );
  csvRoute(
    '/api/overview/moderation.csv',
    'svarsvakten-moderering',
    (viewer) => {
      if (!deps.viewerIsAdmin?.(viewer)) throw new AppError('admin_only', 'Only admins export the register');
    },
    // The register holds only the period's moderation, gathered from the comments as they pass.
    async (items, out) => {
      const lines: ModerationLine[] = [];
      for await (const { comment, history } of items)
        lines.push(...moderationLines(comment, history, deps.accounts));
      out.end(moderationCsv(lines));
    },
  );
}

type WithHistory = { readonly comment: StoredComment; readonly history: HistoryEvent[] };

/** Messenger's items only for the contact centre. */
async function* shown(
  items: AsyncIterable<WithHistory>,
  contactCentre: boolean,
): AsyncGenerator<WithHistory> {
  for await (const item of items) if (contactCentre || item.comment.platform !== 'messenger') yield item;
}

/** The same items, once the first is read: a store that cannot be read fails here, before anything is answered. */
async function started<T>(items: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        if (first.done) return;
        yield first.value;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      } finally {
        // A download given up ends the reads too.
        await iterator.return?.();
      }
    },
  };
}
