import type { Request, Response, Server } from 'restify';
import { registerExtractAuditDetail } from '../../cards/locale/register-extract-texts';
import { AppError } from '../../services/domain/app-error';
import { subjectQuery } from '../../services/domain/subject-query';
import { utcIso } from '../../services/domain/utc-iso';
import type { AuditLog, Clock } from '../../services/ports/index';
import { zipFiles } from '../../services/app/records/archive-zip';
import { parseJsonObject } from '../http/parse-json-object';
import { readJsonBody } from '../http/read-json-body';

const MAX_BODY_BYTES = 4096;
import { registerExtract, type RegisterExtractDeps } from '../../services/app/records/register-extract';
import type { Logger } from '../wiring/logger';
import type { TabViewer } from './tab-auth';

export interface RegisterExtractRouteDeps extends RegisterExtractDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly isAdmin: (viewer: TabViewer) => boolean;
  /** Each extract is an audit entry: who, when and how much was found — never whom it was about. */
  readonly audit?: AuditLog;
  readonly oneAtATime: <T>(viewer: TabViewer, work: () => Promise<T>) => Promise<T>;
}

/**
 * Registerutdrag in the overview tab, for admins: `POST /api/overview/registerutdrag.zip` with `{ "q": "<names, ids>" }`
 * gives everything Svarsvakten holds about one resident (services/app/records/register-extract.ts).
 */
export function registerRegisterExtractRoute(
  server: Server,
  deps: RegisterExtractRouteDeps,
  guard: {
    readonly viewerOf: (req: Request) => Promise<{ viewer: TabViewer }>;
    readonly failed: (res: Response, error: unknown) => void;
    readonly headers: Readonly<Record<string, string>>;
  },
): void {
  // POST: the names searched for travel in the body, never in a URL that web servers and proxies log.
  server.post('/api/overview/registerutdrag.zip', async (req: Request, res: Response) => {
    try {
      const { viewer } = await guard.viewerOf(req);
      if (!deps.isAdmin(viewer)) throw new AppError('admin_only', 'Only admins take out a register extract');
      const body = parseJsonObject(await readJsonBody(req, MAX_BODY_BYTES));
      const query = subjectQuery(typeof body.q === 'string' ? body.q : undefined);
      const now = deps.clock.now();
      const taken = { at: utcIso(now), by: viewer.name };
      const day = now.toISODate() ?? '';
      // Zipped in the same turn: the kept copies are read again as they are packed.
      const { extract, zip } = await deps.oneAtATime(viewer, async () => {
        const made = await registerExtract(deps, query, taken);
        return { extract: made, zip: await zipFiles(made.files, day) };
      });
      await deps.audit?.record({
        at: taken.at,
        by: { id: viewer.id, name: viewer.name },
        action: 'register_extract_taken',
        subject: { id: 'registerutdrag', name: `registerutdrag-${day}.zip` },
        detail: registerExtractAuditDetail(extract.written, extract.naming),
      });
      deps.logger.info(
        { event: 'register_extract.taken', written: extract.written, naming: extract.naming },
        'register extract made',
      );
      res.writeHead(200, {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="registerutdrag-${day}.zip"`,
        'Content-Length': String(zip.length),
        ...guard.headers,
      });
      res.end(zip);
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
