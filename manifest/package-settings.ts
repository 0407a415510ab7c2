import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the Teams app package is built from: ids and the address the bot's server is reached at. */
export interface PackageSettings {
  /** The Teams app's own id (stays the same across versions, so Teams treats a new package as an update). */
  readonly teamsAppId: string;
  /** The bot's Microsoft App Id: the Entra app registration the bot and the tab's single sign-on use. */
  readonly botId: string;
  /** The Entra app registration of the tab's single sign-on: the bot's, or its own when the bot is a managed identity. */
  readonly tabAppId: string;
  /** Where the bot's server is reached, e.g. https://svarsvakten.malmo.se. The tab is served from there. */
  readonly publicUrl: string;
  readonly version: string;
  /** Whether the bot reads its channels' cards through Graph (GRAPH_ACCESS): then the package asks for it. */
  readonly readsChannelCards: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The ids a package gets when nothing is configured: enough to validate and to try locally, not to publish. */
export const LOCAL_PACKAGE_DEFAULTS = {
  teamsAppId: '5b0f3c2e-8d6a-4f1e-9c37-2a4e6d8b1f05',
  botId: '00000000-0000-0000-0000-000000000000',
  publicUrl: 'http://localhost:3978',
} as const;

export const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

function packageVersion(): string {
  const file = join(__dirname, '..', 'package.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  return parsed.version;
}

/**
 * Reads TEAMS_APP_ID, MicrosoftAppId, TAB_APP_ID, PUBLIC_URL, APP_VERSION and GRAPH_ACCESS; fails naming every wrong
 * one.
 */
export function loadPackageSettings(env: Env): PackageSettings {
  const problems: string[] = [];
  // A package for production (the bot's own app id given) names the Teams app the city installs: never the local one.
  if (env.MicrosoftAppId?.trim() && !env.TEAMS_APP_ID?.trim())
    problems.push('TEAMS_APP_ID: is required for a production package (a GUID you keep across versions)');
  const teamsAppId = env.TEAMS_APP_ID?.trim() || LOCAL_PACKAGE_DEFAULTS.teamsAppId;
  if (!GUID.test(teamsAppId)) problems.push(`TEAMS_APP_ID: must be a GUID, got "${teamsAppId}"`);
  const botId = env.MicrosoftAppId?.trim() || LOCAL_PACKAGE_DEFAULTS.botId;
  if (!GUID.test(botId)) problems.push(`MicrosoftAppId: must be a GUID, got "${botId}"`);
  const tabAppId = env.TAB_APP_ID?.trim() || botId;
  if (!GUID.test(tabAppId)) problems.push(`TAB_APP_ID: must be a GUID, got "${tabAppId}"`);
  const publicUrl = (env.PUBLIC_URL?.trim() || LOCAL_PACKAGE_DEFAULTS.publicUrl).replace(/\/+$/, '');
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'https:' && url.hostname !== 'localhost') throw new Error('not https');
    if (url.pathname !== '/') throw new Error('has a path');
  } catch {
    problems.push(
      `PUBLIC_URL: must be an https origin like https://svarsvakten.malmo.se, got "${publicUrl}"`,
    );
  }
  const version = env.APP_VERSION?.trim() || packageVersion();
  if (!/^\d+\.\d+\.\d+$/.test(version)) problems.push(`APP_VERSION: must be like 1.4.0, got "${version}"`);
  const graphAccess = env.GRAPH_ACCESS?.trim().toLowerCase() || 'off';
  if (!['off', 'secret', 'federated'].includes(graphAccess))
    problems.push(`GRAPH_ACCESS: must be off, secret or federated, got "${graphAccess}"`);
  if (problems.length > 0) throw new Error(`The app package cannot be built:\n- ${problems.join('\n- ')}`);
  return { teamsAppId, botId, tabAppId, publicUrl, version, readsChannelCards: graphAccess !== 'off' };
}
