import type { Request, Response, Server } from 'restify';
import type { DateTime } from 'luxon';
import { AppError } from '../../services/domain/app-error';
import type { HistoryEvent, StoredComment } from '../../services/domain/comment';
import { utcIso } from '../../services/domain/utc-iso';
import type { AuditLog, Clock, CommentStore } from '../../services/ports/index';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import { handledCommentsCsv } from '../../services/app/records/csv-export';
import { moderationRegisterCsv } from '../../services/app/records/moderation-register';
import type { TabViewer } from './tab-auth';

export interface ExportRouteDeps {
  readonly comments: Pick<CommentStore, 'listWrittenSince' | 'listHistorySince'>;
  readonly accounts: AccountDirectory;
  readonly clock: Clock;
  readonly audit?: AuditLog;
  readonly viewerIsAdmin?: (viewer: TabViewer) => boolean;
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
   * A CSV of the period's comments and their history, as `draw` makes it, for trained staff (`who` narrows it
   * further); Messenger items only for the contact centre (P7).
   */
  const csvRoute = (
    route: string,
    file: string,
    who: (viewer: TabViewer) => void,
    draw: (comments: StoredComment[], history: Map<string, HistoryEvent[]>, now: DateTime) => string,
  ) =>
    server.get(route, async (req: Request, res: Response) => {
      try {
        const { viewer, staff, contactCentre } = await viewerOf(req);
        if (!staff) throw new AppError('not_authorised', 'Only trained staff may export comments');
        who(viewer);
        const now = deps.clock.now();
        const since = utcIso(now.minus({ weeks: weeksOf(req) }).startOf('day'));
        const csv = await oneAtATime(viewer, async () => {
          const [comments, history] = await Promise.all([
            deps.comments.listWrittenSince(since),
            deps.comments.listHistorySince(since),
          ]);
          const shown = contactCentre ? comments : comments.filter((c) => c.platform !== 'messenger');
          return draw(shown, history, now);
        });
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
        res.end(csv);
      } catch (error) {
        failed(res, error);
      }
    });

  csvRoute(
    '/api/overview/export.csv',
    'svarsvakten',
    () => undefined,
    (comments, history, now) => handledCommentsCsv(comments, history, deps.accounts, now),
  );
  csvRoute(
    '/api/overview/moderation.csv',
    'svarsvakten-moderering',
    (viewer) => {
      if (!deps.viewerIsAdmin?.(viewer)) throw new AppError('admin_only', 'Only admins export the register');
    },
    (comments, history) => moderationRegisterCsv(comments, history, deps.accounts),
  );
}
