import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a platform's authorization server behaves: its token path, client authentication, lifetimes, rotation. */
export interface OAuthFlavour {
  readonly name: 'google' | 'x' | 'linkedin';
  readonly tokenPath: string;
  readonly clientAuth: 'basic' | 'form';
  readonly accessSeconds: number;
  /** X: every refresh returns a new refresh token and the old one dies. */
  readonly rotates: boolean;
  /** The refresh token's own lifetime from when it was granted (Google in testing mode: 7 days; LinkedIn 365). */
  readonly refreshSeconds?: number;
  /** Whether the answer says `refresh_token_expires_in` (LinkedIn). */
  readonly tellsRefreshExpiry: boolean;
  /** The error a dead refresh token gets, as the platform words it. */
  readonly deadGrant: { readonly error: string; readonly error_description: string };
}

/** Google's: access tokens of 3599 s, no rotation, `invalid_grant` (RFC 6749 §5.2) for a dead refresh token. */
export const GOOGLE: OAuthFlavour = {
  name: 'google',
  tokenPath: '/token',
  clientAuth: 'form',
  accessSeconds: 3599,
  rotates: false,
  tellsRefreshExpiry: false,
  deadGrant: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
};

/** Google with the consent screen in "Testing": refresh tokens die after seven days. */
export const GOOGLE_TESTING: OAuthFlavour = { ...GOOGLE, refreshSeconds: 7 * 86_400 };

/** X's OAuth 2.0: 7200 s access tokens, a new refresh token at every refresh, Basic client authentication. */
export const X: OAuthFlavour = {
  name: 'x',
  tokenPath: '/2/oauth2/token',
  clientAuth: 'basic',
  accessSeconds: 7200,
  rotates: true,
  tellsRefreshExpiry: false,
  deadGrant: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' },
};

/** LinkedIn for an app approved for programmatic refresh: 60-day access tokens, refresh tokens for 365 days. */
export const LINKEDIN: OAuthFlavour = {
  name: 'linkedin',
  tokenPath: '/oauth/v2/accessToken',
  clientAuth: 'form',
  accessSeconds: 60 * 86_400,
  rotates: false,
  refreshSeconds: 365 * 86_400,
  tellsRefreshExpiry: true,
  deadGrant: {
    error: 'invalid_request',
    error_description: 'The provided authorization grant or refresh token is invalid, expired or revoked',
  },
};

interface Grant {
  readonly grantedAtMs: number;
  spent: boolean;
  revoked: boolean;
}

export interface FakeOAuthServer {
  readonly url: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** A refresh token as a person's consent would give it, now. */
  grant(): string;
  /** The person withdraws the app's access: every grant and access token dies. */
  revokeAll(): void;
  /** Whether an API should take this access token now. */
  accepts(accessToken: string): boolean;
  /** Refresh calls made with a refresh token already spent (X) or dead: each a refusal. */
  readonly refusals: string[];
  /** Successful refreshes. */
  readonly renewals: number;
  close(): Promise<void>;
}

const token = (prefix: string) => `${prefix}-${randomBytes(12).toString('base64url')}`;

/** A local authorization server answering the refresh-token grant as the given platform's does, on a given clock. */
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

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== flavour.tokenPath)
        return answer(res, 404, { error: 'not_found' });
      if (!/^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? ''))
        return answer(res, 400, { error: 'invalid_request', error_description: 'form body expected' });
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      if (!clientOk(req, form)) return answer(res, 401, { error: 'invalid_client' });
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
    clientId,
    clientSecret,
    grant: () => {
      const refresh = token(`${flavour.name}-refresh`);
      grants.set(refresh, { grantedAtMs: nowMs(), spent: false, revoked: false });
      return refresh;
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
