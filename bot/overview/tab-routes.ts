import type { CityPlaces } from '../../services/domain/city-places';
import { readerStrings } from './reader-strings';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { AppError } from '../../services/domain/app-error';
import { httpErrorFor } from '../http/http-errors';
import { errorSummary } from '../../services/domain/log-values';
import { buildOverview } from '../../services/app/overview/overview-report';
import { peopleOfDays } from '../../services/domain/person-figures';
import { overviewReader, type OverviewReader } from '../../services/app/overview/overview-source';
import { registerDownloadRoutes, type DownloadDeps } from './download-routes';
import { registerExportRoutes } from './export-routes';
import { registerSavedAnswerRoutes, type SavedAnswerRouteDeps } from './saved-answer-routes';
import { registerPlainLanguageRoute } from './plain-language-route';
import { registerCloseSelectionRoute, type CloseSelection } from './close-selection-route';
import { registerAccountRoutes, type AccountRouteDeps } from './account-routes';
import { registerConnectRoutes, type ConnectRouteDeps } from './connect-routes';
import { oneExportAtATime } from '../../services/app/records/one-export-at-a-time';
import type { TabAuthenticator, TabViewer } from './tab-auth';

/** Where Teams, Outlook and the Microsoft 365 app show tabs from. */
export const TEAMS_FRAME_ANCESTORS =
  'https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.office.com https://*.cloud.microsoft https://outlook.office.com';
/** Local mode: the Agents Playground and a plain browser on this machine. */
export const LOCAL_FRAME_ANCESTORS = "'self' http://localhost:* http://127.0.0.1:*";

export interface TabDeps extends DownloadDeps {
  readonly authenticate: TabAuthenticator;
  /** Local mode: the one person at the keyboard sees everything. */
  readonly viewerIsStaff: (viewer: TabViewer) => Promise<boolean>;
  readonly soonHours: number;
  /** The city's planning calendar and tone guidance, linked at the top of the tab where set. */
  readonly places?: CityPlaces;
  /** Who may show the tab in a frame: Teams' origins in production; anyone on loopback in local mode. */
  readonly frameAncestors: string;
  /** Team leads see figures per person (TEAM_LEADS). */
  readonly viewerIsTeamLead?: (viewer: TabViewer) => boolean;
  /** Svarsmallar: listed for staff, kept by admins. */
  readonly savedAnswers?: SavedAnswerRouteDeps;
  /** Stäng valda utan svar: a selection of the queue closed with one reason. */
  readonly closeSelection?: CloseSelection;
  /** Konton: each account's credential and intake. */
  readonly accountStatus?: AccountRouteDeps;
  /** Anslut konto: admins connect an account by consenting on its platform. */
  readonly connect?: ConnectRouteDeps;
  /** The overview's figures and queue: the kept ones (services/app/overview/figure-keeper.ts), else the comments. */
  readonly overview?: OverviewReader;
}

/** The web page's folder, `tab/` at the package root, found from here whether running from source or dist/. */
function tabDirectory(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'tab', 'index.html'))) return path.join(dir, 'tab');
  }
  throw new Error('The tab/ folder is missing from the installation');
}

interface Asset {
  readonly file: string;
  readonly type: string;
}

function assets(): ReadonlyMap<string, Asset> {
  const tab = tabDirectory();
  // Some packages do not export their package.json: find the folder from the package's entry point.
  const from = (pkg: string, file: string) => {
    let dir = path.dirname(require.resolve(pkg));
    while (!existsSync(path.join(dir, 'package.json')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
    return path.join(dir, file);
  };
  return new Map<string, Asset>([
    ['index.html', { file: path.join(tab, 'index.html'), type: 'text/html; charset=utf-8' }],
    ['configure.html', { file: path.join(tab, 'configure.html'), type: 'text/html; charset=utf-8' }],
    // The tab's own scripts, each one file of tab/.
    ...[
      'app.js',
      'charts.js',
      'configure.js',
      'teams-connection.js',
      'saved-answers.js',
      'archive.js',
      'platina-document.js',
      'register-extract.js',
      'queue-selection.js',
      'accounts.js',
      'connect-callback.js',
    ].map((name): [string, Asset] => [
      name,
      { file: path.join(tab, name), type: 'text/javascript; charset=utf-8' },
    ]),
    [
      'connect-callback.html',
      { file: path.join(tab, 'connect-callback.html'), type: 'text/html; charset=utf-8' },
    ],
    ['app.css', { file: path.join(tab, 'app.css'), type: 'text/css; charset=utf-8' }],
    ['chart.umd.min.js', { file: from('chart.js', 'dist/chart.umd.min.js'), type: 'text/javascript' }],
    [
      'MicrosoftTeams.min.js',
      { file: from('@microsoft/teams-js', 'dist/umd/MicrosoftTeams.min.js'), type: 'text/javascript' },
    ],
  ]);
}

const WEEKS = { default: 12, max: 104, untrained: 13 };

function weeksOf(req: Request): number {
  const raw = (req.query as Record<string, string | undefined>).weeks;
  if (raw === undefined) return WEEKS.default;
  const weeks = Number(raw);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > WEEKS.max)
    throw new AppError('query_invalid', 'weeks must be a whole number from 1 to 104');
  return weeks;
}

/**
 * The overview tab: its page and files, and the API behind it. Every API call carries the Teams single sign-on
 * token; only trained staff get comment text and the export.
 */
export function registerTabRoutes(server: Server, deps: TabDeps): void {
  const files = assets();
  const security = {
    'Content-Security-Policy': `default-src 'self'; img-src 'self' data:; frame-ancestors ${deps.frameAncestors}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Browsers keep to https for the bot's host once they have seen it there (ignored over plain http).
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };

  const sendFile = (res: Response, name: string) => {
    const asset = files.get(name);
    if (!asset) {
      res.send(404, { error: 'not_found' });
      return;
    }
    res.writeHead(200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache', ...security });
    res.end(readFileSync(asset.file));
  };

  const failed = (res: Response, error: unknown) => {
    const { status, body } = httpErrorFor(error);
    if (status === 401 && error instanceof AppError) {
      deps.logger.warn({ event: 'tab.sign_in_refused', reason: error.details.reason }, 'tab token refused');
    } else if (status >= 500) {
      deps.logger.error({ event: 'tab.error', error: errorSummary(error) }, 'tab request failed');
    }
    res.header('Cache-Control', 'no-store');
    res.header('Strict-Transport-Security', security['Strict-Transport-Security']);
    res.send(status, body);
  };

  server.get('/tab', async (_req: Request, res: Response) => sendFile(res, 'index.html'));
  server.get('/tab/', async (_req: Request, res: Response) => sendFile(res, 'index.html'));
  server.get('/tab/configure', async (_req: Request, res: Response) => sendFile(res, 'configure.html'));
  server.get('/tab/assets/:name', async (req: Request, res: Response) =>
    sendFile(res, String(req.params.name)),
  );

  const viewerOf = async (req: Request) => {
    const viewer = await deps.authenticate(req.headers.authorization);
    return {
      viewer,
      staff: await deps.viewerIsStaff(viewer),
      contactCentre: deps.viewerIsContactCentre(viewer),
    };
  };

  const overviewOf = deps.overview ?? overviewReader({ comments: deps.comments, sleep: deps.clock.sleep });
  const oneExportOf = oneExportAtATime();
  const oneAtATime = <T>(viewer: TabViewer, work: () => Promise<T>): Promise<T> =>
    oneExportOf(viewer.id, work);

  server.get('/api/overview', async (req: Request, res: Response) => {
    try {
      const { viewer, staff, contactCentre } = await viewerOf(req);
      const now = deps.clock.now();
      // Anyone in the tenant sees the figures, over at most a quarter; the whole span is for trained staff.
      const weeks = staff ? weeksOf(req) : Math.min(weeksOf(req), WEEKS.untrained);
      const since = now.minus({ weeks }).startOf('day');
      const source = await overviewOf(since, now);
      const report = buildOverview(
        source,
        viewer,
        { staff, contactCentre },
        deps.accounts,
        since,
        now,
        deps.soonHours,
        readerStrings(req),
      );
      const people = deps.viewerIsTeamLead?.(viewer)
        ? { people: peopleOfDays(source.days, source.queue) }
        : {};
      const admin = { isAdmin: deps.viewerIsAdmin?.(viewer) === true };
      res.header('Cache-Control', 'no-store');
      res.header('Strict-Transport-Security', security['Strict-Transport-Security']);
      res.send(200, { ...report, ...people, ...admin, places: deps.places ?? {} });
    } catch (error) {
      failed(res, error);
    }
  });

  registerDownloadRoutes(server, deps, {
    viewerOf,
    failed,
    oneAtATime,
    headers: {
      'Cache-Control': 'no-store',
      'Strict-Transport-Security': security['Strict-Transport-Security'],
    },
  });

  const guard = {
    viewerOf,
    failed,
    send: (res: Response, status: number, body: unknown) => {
      res.header('Cache-Control', 'no-store');
      res.header('Strict-Transport-Security', security['Strict-Transport-Security']);
      res.send(status, body);
    },
  };
  if (deps.savedAnswers) registerSavedAnswerRoutes(server, deps.savedAnswers, guard);
  registerPlainLanguageRoute(server, guard);
  if (deps.closeSelection) registerCloseSelectionRoute(server, deps.closeSelection, guard);
  if (deps.accountStatus) registerAccountRoutes(server, deps.accountStatus, guard);
  if (deps.connect) {
    registerConnectRoutes(server, deps.connect, guard);
    // Where a platform sends the admin back: a page that hands the answer to the tab.
    server.get('/api/connect/callback', async (_req: Request, res: Response) =>
      sendFile(res, 'connect-callback.html'),
    );
  }

  registerExportRoutes(server, deps, {
    viewerOf,
    failed,
    oneAtATime,
    weeksOf,
    hsts: security['Strict-Transport-Security'],
  });
}
