import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../bot/config/load-config';
import { type Config } from '../../bot/config/config-shape';
import { startGraphStandIn, type GraphStandIn } from '../../bot/demo/graph-stand-in';
import { startAzurite, type RunningAzurite } from '../../bot/local/azurite';
import { startPlayground, type RunningPlayground } from '../../bot/local/playground';
import { startApp } from '../../bot/main';
import { type RunningApp } from '../../bot/wiring/running-app';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { testKeyedIds } from '../support/keyed-ids';
import { TableInstallationStore } from '../../services/adapters/tables/table-installation-store';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableStaffStore } from '../../services/adapters/tables/table-staff-store';
import type { StaffMember } from '../../services/ports/index';
import { capturedLogger } from '../support/captured-logs';
import { freePort } from '../support/free-port';
import { SettableClock } from './settable-clock';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const RESULTS = path.resolve('test-results');

/**
 * Everything a person would have on their machine in local mode, each on a free port: Azurite, the Graph API
 * stand-in, the bot, the Microsoft 365 Agents Playground pointed at it, and Chromium showing the Playground.
 */
export interface E2EStack {
  readonly config: Config;
  readonly app: RunningApp;
  readonly graph: GraphStandIn;
  readonly playground: RunningPlayground;
  readonly page: Page;
  readonly comments: TableCommentStore;
  readonly installations: TableInstallationStore;
  readonly logs: string[];
  /** The bot's clock: real time until a flow moves it. */
  readonly clock: SettableClock;
  screenshot(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** What a flow needs set up before the bot starts: more settings, and trained staff already on the list. */
export interface E2EOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly staff?: readonly StaffMember[];
}

export async function startE2EStack(options: E2EOptions = {}): Promise<E2EStack> {
  const started: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };
  try {
    const azurite: RunningAzurite = await startAzurite({ port: await freePort() });
    started.push(() => azurite.stop());
    const graph = await startGraphStandIn(0);
    started.push(() => graph.close());
    const config = loadConfig({
      PORT: String(await freePort()),
      PLAYGROUND: 'off',
      META_GRAPH_URL: graph.url,
      OUTBOX_INTERVAL_MS: '1000',
      // Read-backs run where a test asks for one.
      CATCHUP_INTERVAL_MS: '0',
      INTAKE_CHECK_INTERVAL_MS: '0',
      LOG_LEVEL: 'debug',
      ...options.env,
    });
    const tables = createTableClients(azurite.connectionString);
    if (options.staff) {
      await ensureTables(tables);
      const staff = new TableStaffStore(tables.staff);
      for (const member of options.staff) await staff.add(member);
    }
    const { logger, lines } = capturedLogger();
    const clock = new SettableClock();
    const app = await startApp(config, azurite.connectionString, { logger, clock });
    started.push(() => app.stop());
    const logDir = path.join(RESULTS, 'logs');
    mkdirSync(logDir, { recursive: true });
    const playground = await startPlayground({
      port: await freePort(),
      botEndpoint: `${app.url}/api/messages`,
      logFile: path.join(logDir, 'playground.log'),
      startTimeoutMs: 60000,
    });
    started.push(() => playground.stop());
    const profile = mkdtempSync(path.join(os.tmpdir(), 'svarsvakten-chromium-'));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1100 },
    });
    started.push(async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    mkdirSync(RESULTS, { recursive: true });
    return {
      config,
      app,
      graph,
      playground,
      page,
      // Written as the app writes: its overview figures are told.
      comments: new TableCommentStore(tables.comments, testKeyedIds, app.figures),
      installations: new TableInstallationStore(tables.installations),
      logs: lines,
      clock,
      screenshot: async (name) => {
        await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: false });
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
