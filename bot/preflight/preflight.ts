import { intervalScheduler } from '../schedules/interval-loop';
import { PREFLIGHT_TEXTS as T } from '../../cards/locale/preflight-texts';
import { MetaSubscriptions } from '../../services/adapters/platforms/meta-subscriptions';
import { isAppError } from '../../services/domain/app-error';
import { utcIso } from '../../services/domain/utc-iso';
import type { Clock, TeamsChannelRoute, TeamsPoster } from '../../services/ports/index';
import { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { Account } from '../../services/domain/account';
import type { Platform } from '../../services/domain/platform';
import type { Config } from '../config/config-shape';
import { credentialSettingFor } from '../../services/domain/account-settings';
import { AdminNoticeOnce } from '../../services/app/notices/admin-notice-once';
import { expectedFields } from '../../services/app/accounts/intake-watch';
import type { Logger } from '../wiring/logger';
import { RouteResolver } from '../../services/app/posting/route-resolver';
import { wireCredentials } from '../wiring/credentials';
import { wireStores } from '../wiring/stores';
import { PLATFORM_REGISTRY } from '../platforms/registry';
import { metaGraph } from '../platforms/meta';
import { ok, problem, type ProbeResult } from './probe-result';

/** Whether the account's token works on its platform and may do what Svarsvakten does there. */
async function probeCredential(
  config: Config,
  account: Account,
  token: string,
  owner: Platform,
): Promise<ProbeResult> {
  try {
    return await PLATFORM_REGISTRY[account.platform].probe(config, account, token, owner);
  } catch (error) {
    return problem(T.unreachable(error instanceof Error ? error.message : String(error)));
  }
}

/** One line of the table: what was checked and what was found. */
export interface PreflightRow extends ProbeResult {
  readonly what: string;
}

export interface PreflightDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Teams, as the bot reaches it; the test card goes through it. */
  readonly poster: TeamsPoster;
  /** Whether the bot can sign in as itself ('local' where it needs not). */
  readonly identity: () => Promise<'local' | 'signed_in'>;
}

const reason = (error: unknown) =>
  isAppError(error)
    ? `${error.code}${error.details.status ? ` (${String(error.details.status)})` : ''}`
    : error instanceof Error
      ? error.message
      : String(error);

/** The card posted to each channel: no data, only that the channel takes Svarsvakten's cards. */
function testCard(at: string): object {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: T.testCard(at), wrap: true }],
  };
}

/** Whether Meta delivers the fields the account needs to the app. */
async function subscribed(
  subscriptions: MetaSubscriptions,
  account: Account,
  token: string,
  fields: readonly string[],
): Promise<ProbeResult> {
  try {
    const listed = await subscriptions.subscribedFields(account.id, token);
    const missing = fields.filter((field) => !listed.includes(field));
    return missing.length === 0 ? ok(T.subscribed(fields)) : problem(T.notSubscribed(missing));
  } catch (error) {
    return problem(T.unreachable(reason(error)));
  }
}

async function accountRows(
  config: Config,
  deps: PreflightDeps,
  stores: Awaited<ReturnType<typeof wireStores>>,
  accounts: AccountDirectory,
): Promise<PreflightRow[]> {
  const { clock, logger } = deps;
  const notice = new AdminNoticeOnce({
    ledger: stores.ledger,
    poster: deps.poster,
    routes: new RouteResolver(stores.installations, stores.routes, clock),
    // A credential the platform refuses during the check is told to the admins, as the running bot would.
    adminIds: config.access.adminIds,
    logger,
    languages: stores.chats,
  });
  const { credentials } = wireCredentials(config, {
    table: stores.credentialTable,
    pending: stores.pollerState,
    accounts,
    notice,
    clock,
    logger,
    // The preflight starts no background job: the watch it wires is never started.
    schedule: intervalScheduler(logger),
  });
  const subscriptions = new MetaSubscriptions(metaGraph(config));
  const rows: PreflightRow[] = [];
  for (const account of accounts.accounts) {
    const name = T.account(account.platform, account.name, account.id);
    const token = await credentials.tokenFor(account.platform, account.id).catch((error: unknown) => error);
    if (isAppError(token, 'account_needs_reconnect')) {
      rows.push({
        what: `${name}: ${T.credential}`,
        ...problem(T.needsReconnect(credentialSettingFor(account))),
      });
      continue;
    }
    if (token instanceof Error) {
      rows.push({ what: `${name}: ${T.credential}`, ...problem(T.unreachable(reason(token))) });
      continue;
    }
    if (typeof token !== 'string') {
      rows.push({
        what: `${name}: ${T.credential}`,
        verdict: 'warning',
        detail: T.noToken(credentialSettingFor(account)),
      });
      continue;
    }
    const owner = accounts.credentialOwner(account.platform, account.id).platform;
    const credential = await probeCredential(config, account, token, owner);
    rows.push({ what: `${name}: ${T.credential}`, ...credential });
    const fields = expectedFields(accounts, account);
    // A subscription is read with the account's token: one the platform refused cannot read it.
    if (fields.length > 0 && credential.verdict === 'ok') {
      rows.push({
        what: `${name}: ${T.subscription}`,
        ...(await subscribed(subscriptions, account, token, fields)),
      });
    }
  }
  return rows;
}

/** Every channel a card can go to: each bound one, and the General channel of the first team. */
async function channelRows(deps: PreflightDeps, stores: Awaited<ReturnType<typeof wireStores>>) {
  const active = await stores.installations.listActive();
  const routes = new Map<string, { route: TeamsChannelRoute; team: string }>();
  const [first] = active;
  if (first) {
    routes.set(first.generalChannelId, {
      team: first.teamName,
      route: {
        teamId: first.teamId,
        channelId: first.generalChannelId,
        tenantId: first.tenantId,
        serviceUrl: first.serviceUrl,
        botId: first.botId,
      },
    });
  }
  for (const bound of await stores.routes.list()) {
    const installation = active.find((i) => i.teamId === bound.teamId);
    routes.set(bound.channelId, {
      team: installation?.teamName ?? bound.teamId,
      route: { ...bound, serviceUrl: installation?.serviceUrl ?? bound.serviceUrl },
    });
  }
  if (routes.size === 0) return [{ what: T.noChannels, ...problem(T.noChannelsDetail) }];
  const at = utcIso(deps.clock.now());
  const rows: PreflightRow[] = [];
  for (const [channelId, { route, team }] of routes) {
    const what = T.channel(team, channelId);
    try {
      await deps.poster.postNewThread(route, testCard(at));
      rows.push({ what, ...ok(T.channelOk) });
    } catch (error) {
      rows.push({ what, ...problem(T.channelFailed(reason(error))) });
    }
  }
  return rows;
}

/**
 * The checks `npm run preflight` makes with the settings it is given: the bot's identity in Entra ID, storage, each
 * account's credential (valid, for that account, with the permissions Svarsvakten needs) and webhook subscription,
 * and a test card to each channel. Nothing here throws: each failure is a row.
 */
export async function preflight(
  config: Config,
  connectionString: string,
  deps: PreflightDeps,
): Promise<PreflightRow[]> {
  const rows: PreflightRow[] = [];
  try {
    const identity = await deps.identity();
    rows.push({ what: T.identity, ...ok(identity === 'local' ? T.identityLocal : T.identitySignedIn) });
  } catch (error) {
    rows.push({ what: T.identity, ...problem(T.identityFailed(reason(error))) });
  }
  let stores: Awaited<ReturnType<typeof wireStores>>;
  try {
    stores = await wireStores(connectionString, config, deps.clock);
    await stores.comments.ping();
    rows.push({ what: T.storage, ...ok(T.storageOk) });
  } catch (error) {
    rows.push({ what: T.storage, ...problem(T.storageFailed(reason(error))) });
    return rows;
  }
  const accounts = new AccountDirectory(config.accounts);
  rows.push(...(await accountRows(config, deps, stores, accounts)));
  rows.push(...(await channelRows(deps, stores)));
  return rows;
}

/** The rows as a table, and the verdict under it. */
export function preflightTable(rows: readonly PreflightRow[]): string {
  const cells = rows.map((row) => [row.what, T.verdict[row.verdict], row.detail]);
  const widths = T.columns.map((heading, i) => Math.max(heading.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: readonly string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  const problems = rows.filter((row) => row.verdict === 'problem').length;
  const warnings = rows.filter((row) => row.verdict === 'warning').length;
  return [
    T.title,
    '',
    line(T.columns),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.map(line),
    '',
    T.summary(problems, warnings),
  ].join('\n');
}
