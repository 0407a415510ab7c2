import type { Request, Response, Server } from 'restify';
import { AppError } from '../../services/domain/app-error';
import { isPlatform } from '../../services/domain/platform';
import type { ConnectAccount } from '../../services/app/accounts/connect-account';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import { parseJsonObject } from '../http/parse-json-object';
import { readJsonBody } from '../http/read-json-body';
import type { TabViewer } from './tab-auth';
import type { TabGuard } from './tab-guard';

export interface ConnectRouteDeps {
  readonly connect: ConnectAccount;
  readonly accounts: AccountDirectory;
  readonly isAdmin: (viewer: TabViewer) => boolean;
  /** Where the bot is reached from outside; without it (local mode only) the request's own host. */
  readonly publicUrl: string | undefined;
  readonly local: boolean;
}

const MAX_BODY_BYTES = 4096;
const CALLBACK = '/api/connect/callback';

const field = (body: Record<string, unknown>, name: string) =>
  typeof body[name] === 'string' ? (body[name] as string) : '';

/**
 * Anslut konto, for admins: `start` keeps a connection under way and names it, `go` sends the sign-in window from
 * Svarsvakten's own host to the platform's consent page, the platform returns to the callback page (served with
 * the tab's files), which hands the code back to the tab, and `finish` turns it into the account's credential —
 * only for the admin who started it.
 */
export function registerConnectRoutes(server: Server, deps: ConnectRouteDeps, guard: TabGuard): void {
  const admin = async (req: Request) => {
    const { viewer, staff } = await guard.viewerOf(req);
    if (!staff) throw new AppError('not_authorised', 'Only trained staff');
    if (!deps.isAdmin(viewer)) throw new AppError('admin_only', 'Only admins connect accounts');
    return viewer;
  };
  const redirectUri = (req: Request) => {
    if (deps.publicUrl) return `${deps.publicUrl.replace(/\/$/, '')}${CALLBACK}`;
    if (deps.local && req.headers.host) return `http://${req.headers.host}${CALLBACK}`;
    throw new AppError('connect_unavailable', 'PUBLIC_URL is needed to connect accounts');
  };
  const body = async (req: Request) => parseJsonObject(await readJsonBody(req, MAX_BODY_BYTES));

  server.post('/api/connect/start', async (req: Request, res: Response) => {
    try {
      const viewer = await admin(req);
      const asked = await body(req);
      const platform = field(asked, 'platform');
      const accountId = field(asked, 'accountId');
      if (!isPlatform(platform) || !deps.accounts.find(platform, accountId))
        throw new AppError('connect_unavailable', 'No such account to connect');
      const { state } = await deps.connect.start(platform, accountId, viewer.id, redirectUri(req));
      guard.send(res, 200, { state, signIn: `/api/connect/go?state=${encodeURIComponent(state)}` });
    } catch (error) {
      guard.failed(res, error);
    }
  });

  server.get('/api/connect/go', async (req: Request, res: Response) => {
    const state = String((req.query as Record<string, unknown>).state ?? '');
    const consent = await deps.connect.consentFor(state).catch(() => undefined);
    if (!consent) {
      guard.failed(res, new AppError('connect_expired', 'No connection under way'));
      return;
    }
    res.writeHead(302, { Location: consent, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    res.end();
  });

  server.post('/api/connect/finish', async (req: Request, res: Response) => {
    try {
      const viewer = await admin(req);
      const answer = await body(req);
      const connected = await deps.connect.finish(field(answer, 'state'), field(answer, 'code'), viewer.id);
      guard.send(res, 200, {
        ...connected,
        name: deps.accounts.displayName(connected.platform, connected.accountId),
      });
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
