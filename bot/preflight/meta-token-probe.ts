import { DateTime } from 'luxon';
import { PREFLIGHT_TEXTS as T } from '../../cards/locale/preflight-texts';
import type { Platform } from '../../services/domain/platform';
import { utcIso } from '../../services/domain/utc-iso';
import type { Account } from '../../services/domain/account';
import type { Config } from '../config/config-shape';
import { ok, problem, type ProbeResult } from './probe-result';

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
export async function probeMeta(
  config: Config,
  account: Account,
  token: string,
  owner: Platform,
): Promise<ProbeResult> {
  const graph = `${config.platforms.META_GRAPH_URL}/${config.platforms.META_GRAPH_VERSION}`;
  const timeout = config.platformTimeoutMs;
  if (!config.platforms.META_APP_ID) {
    const self = account.platform === 'instagram' ? encodeURIComponent(account.id) : 'me';
    const read = await getJson(`${graph}/${self}?fields=id`, { Authorization: `Bearer ${token}` }, timeout);
    return read.status === 200
      ? ok(T.tokenValid())
      : problem(T.tokenInvalid(refusal(read.status, read.body)));
  }
  const debug = await getJson(
    `${graph}/debug_token?input_token=${encodeURIComponent(token)}`,
    { Authorization: `Bearer ${config.platforms.META_APP_ID}|${config.platforms.META_APP_SECRET}` },
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
