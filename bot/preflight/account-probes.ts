import { DateTime } from 'luxon';
import { PREFLIGHT_TEXTS as T } from '../../cards/locale/preflight-texts';
import { isAppError } from '../../services/domain/app-error';
import type { Platform } from '../../services/domain/platform';
import { utcIso } from '../../services/domain/utc-iso';
import type { Account } from '../../services/domain/account';
import type { Config } from '../config/config-shape';
import { tokenOwner } from '../wiring/credentials';

/** What one check found: fine, worth knowing (a warning), or a problem to fix before going live. */
export interface ProbeResult {
  readonly verdict: 'ok' | 'warning' | 'problem';
  readonly detail: string;
}

export const ok = (detail: string): ProbeResult => ({ verdict: 'ok', detail });
export const problem = (detail: string): ProbeResult => ({ verdict: 'problem', detail });

/** The permissions each Meta account's token must carry for what Svarsvakten does with it. */
const META_SCOPES: Partial<Record<Account['platform'], readonly string[]>> = {
  facebook: [
    'pages_read_engagement',
    'pages_read_user_content',
    'pages_manage_engagement',
    'pages_manage_metadata',
  ],
  messenger: ['pages_messaging'],
  instagram: ['instagram_basic', 'instagram_manage_comments'],
};

/** An Instagram account's Direct inbox is answered with its Page token, which must carry this. */
const INSTAGRAM_DIRECT = ['instagram_manage_messages'];

type Json = Record<string, unknown>;

async function getJson(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number; body: Json }> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  const body = (await response.json().catch(() => ({}))) as Json;
  return { status: response.status, body: typeof body === 'object' && body !== null ? body : {} };
}

const objectOf = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

function refusal(status: number, body: Json): string {
  const error = objectOf(body.error);
  const message = typeof error.message === 'string' ? error.message : undefined;
  const detail = typeof body.detail === 'string' ? body.detail : undefined;
  return `${status}${message || detail ? ` ${message ?? detail}` : ''}`;
}

/**
 * A Meta token: with the app's id, `debug_token` says whether it is valid, when it ends and what it may do;
 * without it, reading the account with the token says only that it works.
 */
async function probeMeta(
  config: Config,
  account: Account,
  token: string,
  owner: Platform,
): Promise<ProbeResult> {
  const graph = `${config.meta.graphUrl}/${config.meta.graphVersion}`;
  const timeout = config.platformTimeoutMs;
  if (!config.meta.appId) {
    const self = account.platform === 'instagram' ? encodeURIComponent(account.id) : 'me';
    const read = await getJson(`${graph}/${self}?fields=id`, { Authorization: `Bearer ${token}` }, timeout);
    return read.status === 200
      ? ok(T.tokenValid())
      : problem(T.tokenInvalid(refusal(read.status, read.body)));
  }
  const debug = await getJson(
    `${graph}/debug_token?input_token=${encodeURIComponent(token)}`,
    { Authorization: `Bearer ${config.meta.appId}|${config.meta.appSecret}` },
    timeout,
  );
  const data = objectOf(debug.body.data);
  if (debug.status !== 200) return problem(T.unreachable(refusal(debug.status, debug.body)));
  if (data.is_valid !== true) {
    const message = objectOf(data.error).message;
    return problem(T.tokenInvalid(typeof message === 'string' ? message : T.metaSaysInvalid));
  }
  const scopes = Array.isArray(data.scopes)
    ? data.scopes.filter((s): s is string => typeof s === 'string')
    : [];
  const needed =
    owner === 'instagram' && account.platform === 'messenger'
      ? INSTAGRAM_DIRECT
      : META_SCOPES[account.platform];
  const missing = (needed ?? []).filter((scope) => !scopes.includes(scope));
  if (missing.length > 0) return problem(T.missingScopes(missing));
  const expires = typeof data.expires_at === 'number' ? data.expires_at : 0;
  return ok(T.tokenValid(expires > 0 ? utcIso(DateTime.fromSeconds(expires)) : 'never'));
}

/** X, YouTube, LinkedIn: the platform's own word on which accounts the token may act for must name the account. */
async function probeOwner(config: Config, account: Account, token: string): Promise<ProbeResult> {
  const owner = tokenOwner(config);

  try {
    const ids = await owner.accountIds(account.platform, token);
    if (ids.includes(account.id)) return ok(T.tokenValid());
    return problem(
      account.platform === 'linkedin' ? T.notAdministrator : T.otherAccount(ids.join(', ') || '–'),
    );
  } catch (error) {
    return problem(
      isAppError(error, 'platform_token_expired')
        ? T.tokenInvalid(String(error.details.status))
        : T.unreachable(
            isAppError(error) ? `${error.code} ${String(error.details.status ?? '')}`.trim() : String(error),
          ),
    );
  }
}

/** Whether the account's token works on its platform and may do what Svarsvakten does there. */
export async function probeCredential(
  config: Config,
  account: Account,
  token: string,
  /** The platform of the account whose credential it uses (an inbox uses its Page's or Instagram account's). */
  owner: Platform,
): Promise<ProbeResult> {
  try {
    switch (account.platform) {
      case 'x':
      case 'youtube':
      case 'linkedin':
        return await probeOwner(config, account, token);
      default:
        return await probeMeta(config, account, token, owner);
    }
  } catch (error) {
    return problem(T.unreachable(error instanceof Error ? error.message : String(error)));
  }
}
