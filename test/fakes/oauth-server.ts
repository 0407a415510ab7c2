import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OAuthFlavour } from './oauth-flavours';

interface Grant {
  readonly grantedAtMs: number;
  spent: boolean;
  revoked: boolean;
}

export interface FakeOAuthServer {
  readonly url: string;
  readonly tokenUrl: string;
  readonly authorizeUrl: string;
  /** The redirect URIs registered for the client; a consent request for another is refused. */
  readonly redirectUris: string[];
  readonly clientId: string;
  readonly clientSecret: string;
  /** A refresh token as a person's consent would give it, now. */
  grant(): string;
  /** An access token as a person's consent gave it now, lasting the platform's time (a fixed token in the settings). */
  issueAccess(): string;
  /** The person withdraws the app's access: every grant and access token dies. */
  revokeAll(): void;
  /** Whether an API should take this access token now. */
  accepts(accessToken: string): boolean;
  /** Refresh calls made with a refresh token already spent (X) or dead: each a refusal. */
  readonly refusals: string[];
  /** Successful refreshes. */
  readonly renewals: number;
  /** Codes exchanged for tokens: consents that reached the app. */
  readonly consents: number;
  close(): Promise<void>;
}

const token = (prefix: string) => `${prefix}-${randomBytes(12).toString('base64url')}`;

/**
 * A local authorization server as the given platform's answers, on a given clock: the consent page and the
 * authorization-code grant (registered redirect URIs only, `state`, PKCE S256 except on LinkedIn, one-time codes of
 * ten minutes; Google gives a refresh token only for `access_type=offline`), and the refresh-token grant.
 */
export async function startFakeOAuthServer(
  flavour: OAuthFlavour,
  nowMs: () => number,
): Promise<FakeOAuthServer> {
  const clientId = `${flavour.name}-client-id`;
  const clientSecret = `${flavour.name}-client-secret`;
  const grants = new Map<string, Grant>();
  const access = new Map<string, number>();
  const refusals: string[] = [];
  let renewals = 0;
  let consents = 0;

  const answer = (res: http.ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  const clientOk = (req: http.IncomingMessage, form: URLSearchParams): boolean => {
    if (flavour.clientAuth === 'basic') {
      const basic = req.headers.authorization?.replace(/^Basic /, '') ?? '';
      const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent);
      return id === clientId && secret === clientSecret;
    }
    return form.get('client_id') === clientId && form.get('client_secret') === clientSecret;
  };

  const redirectUris: string[] = [];
  const codes = new Map<string, { redirectUri: string; challenge: string; offline: boolean; atMs: number }>();
  const html = (res: http.ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  };
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  /** The consent page: the request checked as the platform checks it, then one button to allow. */
  const consentPage = (url: URL, res: http.ServerResponse) => {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri') ?? '';
    if (q.get('client_id') !== clientId || !redirectUris.includes(redirectUri))
      return html(res, 400, '<p>Error 400: redirect_uri_mismatch</p>');
    if (q.get('response_type') !== 'code' || !q.get('state'))
      return html(res, 400, '<p>Error 400: invalid_request</p>');
    const pkce = flavour.name !== 'linkedin';
    if (pkce && (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')))
      return html(res, 400, '<p>Error 400: invalid_request (code_challenge)</p>');
    const hidden = ['redirect_uri', 'state', 'code_challenge', 'access_type', 'scope']
      .map((name) => `<input type="hidden" name="${name}" value="${escape(q.get(name) ?? '')}">`)
      .join('');
    return html(
      res,
      200,
      `<!doctype html><html lang="sv"><title>Logga in</title><form method="post" action="/consent">` +
        `<p>Svarsvakten vill få tillgång till ditt konto (${escape(q.get('scope') ?? '')}).</p>` +
        `${hidden}<button type="submit">Tillåt</button></form></html>`,
    );
  };

  /** The person allowed: back to the app with a one-time code for what was asked. */
  const consented = (form: URLSearchParams, res: http.ServerResponse) => {
    const redirectUri = form.get('redirect_uri') ?? '';
    if (!redirectUris.includes(redirectUri)) return html(res, 400, '<p>Error 400: redirect_uri_mismatch</p>');
    const code = token(`${flavour.name}-code`);
    codes.set(code, {
      redirectUri,
      challenge: form.get('code_challenge') ?? '',
      offline: flavour.name !== 'google' || form.get('access_type') === 'offline',
      atMs: nowMs(),
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', form.get('state') ?? '');
    res.writeHead(302, { Location: back.toString() });
    res.end();
  };

  /** The code, once, within its minutes, for the same redirect URI and PKCE verifier: tokens. */
  const exchange = (form: URLSearchParams, res: http.ServerResponse) => {
    const code = form.get('code') ?? '';
    const held = codes.get(code);
    codes.delete(code);
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (
      !held ||
      nowMs() - held.atMs > 10 * 60_000 ||
      held.redirectUri !== form.get('redirect_uri') ||
      (held.challenge !== '' && held.challenge !== challenge)
    )
      return answer(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
    const now = nowMs();
    const accessToken = token(`${flavour.name}-access`);
    access.set(accessToken, now + flavour.accessSeconds * 1000);
    let refreshToken: string | undefined;
    if (held.offline && (flavour.name !== 'linkedin' || flavour.refreshSeconds)) {
      refreshToken = token(`${flavour.name}-refresh`);
      grants.set(refreshToken, { grantedAtMs: now, spent: false, revoked: false });
    }
    consents += 1;
    return answer(res, 200, {
      access_token: accessToken,
      expires_in: flavour.accessSeconds,
      token_type: 'Bearer',
      scope: 'granted-scopes',
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      ...(refreshToken && flavour.tellsRefreshExpiry && flavour.refreshSeconds
        ? { refresh_token_expires_in: flavour.refreshSeconds }
        : {}),
    });
  };

  /** LinkedIn's token introspection: whether the token is live and when it ends (seconds). */
  const introspect = (form: URLSearchParams, res: http.ServerResponse) => {
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret)
      return answer(res, 401, { error: 'invalid_client' });
    const ends = access.get(form.get('token') ?? '');
    if (!ends || ends <= nowMs()) return answer(res, 200, { active: false });
    return answer(res, 200, {
      active: true,
      client_id: clientId,
      status: 'active',
      auth_type: '3L',
      expires_at: Math.floor(ends / 1000),
    });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://oauth.local');
      if (req.method === 'GET' && url.pathname === flavour.authorizePath) return consentPage(url, res);
      if (
        req.method === 'POST' &&
        url.pathname === '/oauth/v2/introspectToken' &&
        flavour.name === 'linkedin'
      )
        return introspect(new URLSearchParams(Buffer.concat(chunks).toString('utf8')), res);
      if (req.method === 'POST' && url.pathname === '/consent')
        return consented(new URLSearchParams(Buffer.concat(chunks).toString('utf8')), res);
      if (req.method !== 'POST' || req.url !== flavour.tokenPath)
        return answer(res, 404, { error: 'not_found' });
      if (!/^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? ''))
        return answer(res, 400, { error: 'invalid_request', error_description: 'form body expected' });
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      if (!clientOk(req, form)) return answer(res, 401, { error: 'invalid_client' });
      if (form.get('grant_type') === 'authorization_code') return exchange(form, res);
      if (form.get('grant_type') !== 'refresh_token')
        return answer(res, 400, { error: 'unsupported_grant_type' });
      const refresh = form.get('refresh_token') ?? '';
      const held = grants.get(refresh);
      const now = nowMs();
      const expired =
        held && flavour.refreshSeconds && now > held.grantedAtMs + flavour.refreshSeconds * 1000;
      if (!held || held.spent || held.revoked || expired) {
        refusals.push(refresh);
        return answer(res, 400, flavour.deadGrant);
      }
      const accessToken = token(`${flavour.name}-access`);
      access.set(accessToken, now + flavour.accessSeconds * 1000);
      renewals += 1;
      let refreshToken: string | undefined;
      if (flavour.rotates) {
        held.spent = true;
        refreshToken = token(`${flavour.name}-refresh`);
        grants.set(refreshToken, { grantedAtMs: now, spent: false, revoked: false });
      }
      const body: Record<string, unknown> = {
        access_token: accessToken,
        expires_in: flavour.accessSeconds,
        token_type: flavour.name === 'x' ? 'bearer' : 'Bearer',
        scope: 'granted-scopes',
        ...(refreshToken ? { refresh_token: refreshToken } : {}),
      };
      if (flavour.tellsRefreshExpiry && flavour.refreshSeconds) {
        body.refresh_token = refresh;
        body.refresh_token_expires_in = Math.floor(
          (held.grantedAtMs + flavour.refreshSeconds * 1000 - now) / 1000,
        );
      }
      answer(res, 200, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tokenUrl: `${url}${flavour.tokenPath}`,
    authorizeUrl: `${url}${flavour.authorizePath}`,
    redirectUris,
    get consents() {
      return consents;
    },
    clientId,
    clientSecret,
    grant: () => {
      const refresh = token(`${flavour.name}-refresh`);
      grants.set(refresh, { grantedAtMs: nowMs(), spent: false, revoked: false });
      return refresh;
    },
    issueAccess: () => {
      const accessToken = token(`${flavour.name}-access`);
      access.set(accessToken, nowMs() + flavour.accessSeconds * 1000);
      return accessToken;
    },
    revokeAll: () => {
      for (const held of grants.values()) held.revoked = true;
      access.clear();
    },
    accepts: (accessToken) => (access.get(accessToken) ?? 0) > nowMs(),
    refusals,
    get renewals() {
      return renewals;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The settings that make Svarsvakten's Google client this server's (renewal and Anslut konto). */
export function googleClientEnv(server: FakeOAuthServer): Record<string, string> {
  return {
    GOOGLE_CLIENT_ID: server.clientId,
    GOOGLE_CLIENT_SECRET: server.clientSecret,
    GOOGLE_TOKEN_URL: server.tokenUrl,
    GOOGLE_AUTHORIZE_URL: server.authorizeUrl,
  };
}
