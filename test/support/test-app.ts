import path from 'node:path';
import type { JWTVerifyGetKey } from 'jose';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Clock } from '../../services/ports/index';
import { loadConfig } from '../../bot/config/load-config';
import { type Config } from '../../bot/config/config-shape';
import { startApp } from '../../bot/main';
import { type RunningApp } from '../../bot/wiring/running-app';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { TEST_RETENTION_KEY, testKeyedIds } from './keyed-ids';
import { TableOutboxQueue } from '../../services/adapters/tables/table-outbox-queue';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { startFakeMetaGraph, type GraphStandIn } from '../fakes/meta-graph';
import { azurite } from './global-azurite';
import { capturedLogger } from './captured-logs';
import type { TeamsMember } from '../fakes/bot-connector';
import { ALEX, ISAIAH, MEGAN, cardClick, channelMessage, installationAdded } from './teams-activities';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'platforms');
const deliveries = JSON.parse(readFileSync(path.join(FIXTURES, 'webhook-deliveries.json'), 'utf8')) as {
  test_secrets: Record<string, string>;
};
export const META_APP_SECRET = deliveries.test_secrets.META_APP_SECRET ?? '';
export const META_VERIFY_TOKEN = deliveries.test_secrets.META_VERIFY_TOKEN ?? '';
export const PAGE_TOKEN = 'test-page-token-104857362918475';
/** The Teams app a production-mode test app links its cards into. */
export const PRODUCTION_TEAMS_APP_ID = '7c1e5a93-2d4b-4f68-b0a2-93e1c7d5f402';

export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export interface TestAppOptions {
  /** Reuse the tables of an earlier app (a restart), instead of new ones. */
  readonly tablePrefix?: string;
  readonly connector?: FakeBotConnector;
  readonly graph?: GraphStandIn;
  readonly clock?: Clock;
  readonly env?: Readonly<Record<string, string>>;
  readonly connectionString?: string;
  /** The keys tab sign-on tokens are checked against (production mode). */
  readonly tabKeys?: JWTVerifyGetKey;
}

export interface TestApp {
  readonly url: string;
  readonly app: RunningApp;
  readonly config: Config;
  readonly tablePrefix: string;
  readonly connector: FakeBotConnector;
  readonly graph: GraphStandIn;
  readonly store: TableCommentStore;
  /** The outbox's queue of cards not yet posted. */
  readonly queue: TableOutboxQueue;
  readonly logs: string[];
  postMeta(body: Buffer | string, signature?: string | null): Promise<Response>;
  postActivity(activity: object): Promise<Response>;
  install(): Promise<void>;
  click(
    by: TeamsMember,
    activityId: string,
    verb: string,
    data: Record<string, unknown>,
    locale?: string,
  ): Promise<Record<string, unknown>>;
  /** Sends a channel message to the bot; returns the text of its answer. */
  /** A command in the channel: `text`, then @mentions of `mentioned`, then `after` (e.g. a role word). */
  say(
    by: TeamsMember,
    text: string,
    mentioned?: TeamsMember[],
    after?: string,
    locale?: string,
  ): Promise<string>;
  /** Stops the bot; the fakes stay up unless `all`. */
  stop(all?: boolean): Promise<void>;
}

/** The real bot on a free port, with real Azurite tables of its own, a fake Bot Connector and the Graph stand-in. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const tablePrefix = options.tablePrefix ?? `t${randomBytes(6).toString('hex')}`;
  const connector = options.connector ?? (await startFakeBotConnector());
  connector.members.set(ALEX.id, ALEX);
  connector.members.set(MEGAN.id, MEGAN);
  connector.members.set(ISAIAH.id, ISAIAH);
  const graph = options.graph ?? (await startFakeMetaGraph());
  // Production mode takes only https:// platform URLs: its tests reach no platform, so none is given.
  const production = options.env?.MicrosoftAppId !== undefined;
  const platformUrls = production
    ? {}
    : {
        META_GRAPH_URL: graph.url,
        X_API_URL: 'http://127.0.0.1:9',
        YOUTUBE_API_URL: 'http://127.0.0.1:9',
        LINKEDIN_API_URL: 'http://127.0.0.1:9',
      };
  const config = loadConfig({
    ...(production ? { TEAMS_APP_ID: PRODUCTION_TEAMS_APP_ID } : {}),
    PORT: '0',
    PLAYGROUND: 'off',
    TABLE_PREFIX: tablePrefix,
    META_APP_SECRET,
    META_VERIFY_TOKEN,
    ...platformUrls,
    ACCOUNTS_FILE: path.join(__dirname, '..', 'fixtures', 'accounts.json'),
    META_PAGE_TOKEN_104857362918475: PAGE_TOKEN,
    OUTBOX_INTERVAL_MS: '3600000',
    CARD_LANGUAGE: 'auto',
    // Pollers run only where a test starts them, and never towards a real platform.
    X_POLL_INTERVAL_MS: '0',
    YOUTUBE_POLL_INTERVAL_MS: '0',
    CATCHUP_INTERVAL_MS: '0',
    INTAKE_CHECK_INTERVAL_MS: '0',
    CREDENTIAL_CHECK_INTERVAL_MS: '3600000',
    ADMIN_IDS: ALEX.aadObjectId,
    STAFF_IDS: MEGAN.aadObjectId,
    // The records plan, as production must state it: keep (a retention test sets its own).
    RETENTION_DAYS: '0',
    RETENTION_KEY: TEST_RETENTION_KEY,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const { logger, lines } = capturedLogger();
  const connectionString = options.connectionString ?? azurite().connectionString;
  const app = await startApp(config, connectionString, {
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.tabKeys ? { tabKeys: options.tabKeys } : {}),
  });
  const commentsTable = createTableClients(connectionString, tablePrefix).comments;
  // Written as the app writes: its overview figures are told (services/app/overview/figure-keeper.ts).
  const store = new TableCommentStore(commentsTable, testKeyedIds, app.figures);
  const queue = new TableOutboxQueue(commentsTable);
  const postActivity = (activity: object) =>
    fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
  return {
    url: app.url,
    app,
    config,
    tablePrefix,
    connector,
    graph,
    store,
    queue,
    logs: lines,
    async postMeta(body, signature) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (signature !== null)
        headers['X-Hub-Signature-256'] = signature ?? signMetaBody(body, META_APP_SECRET);
      const response = await fetch(`${app.url}/api/webhooks/meta`, {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
      // Acknowledged once held in the inbox; its comments are stored right after, before the test looks.
      await app.inbox.settled();
      return response;
    },
    postActivity,
    async install() {
      const response = await postActivity(installationAdded(connector.url));
      if (response.status >= 300) throw new Error(`installation answered ${response.status}`);
    },
    async click(by, activityId, verb, data, locale) {
      const response = await postActivity(cardClick(connector.url, by, activityId, verb, data, locale));
      if (response.status !== 200) throw new Error(`invoke answered ${response.status}`);
      const body = (await response.json()) as {
        statusCode: number;
        type: string;
        value: Record<string, unknown>;
      };
      if (body.type !== 'application/vnd.microsoft.card.adaptive')
        throw new Error(`invoke answered ${body.type}`);
      return body.value;
    },
    async say(by, text, mentioned = [], after = '', locale) {
      const before = connector.calls.length;
      const response = await postActivity(channelMessage(connector.url, by, text, mentioned, after, locale));
      if (response.status >= 300) throw new Error(`message answered ${response.status}`);
      const answer = connector.calls
        .slice(before)
        .find((c) => c.method === 'POST' && typeof c.body.text === 'string');
      return String(answer?.body.text ?? '');
    },
    async stop(all = false) {
      await app.stop();
      if (all) {
        await connector.close();
        await graph.close();
      }
    },
  };
}
