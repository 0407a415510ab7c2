import { AppError } from '../../domain/app-error';
import type { Platform } from '../../domain/platform';
import type { RenewedTokens, TokenRenewer } from '../../ports/index';
import { serverFailed, unreachable } from './call-failure';

/** A platform's OAuth 2.0 client: where its token endpoint is and how the client proves itself there. */
export interface OAuthClient {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** X wants the client in a Basic header; Google and LinkedIn in the form. */
  readonly clientAuth: 'basic' | 'form';
}

/**
 * Whether a token endpoint's error means the refresh token will never work again: `invalid_grant` (RFC 6749 §5.2),
 * and the `invalid_request` X and LinkedIn answer a dead refresh token with. Client errors (a wrong client id or
 * secret) are the settings' fault, not the grant's, and do not mark the account.
 */
function deadGrant(platform: Platform, error: string): boolean {
  return (
    error === 'invalid_grant' ||
    (error === 'invalid_request' && (platform === 'x' || platform === 'linkedin'))
  );
}

/** The token endpoint could not be asked: nothing was published, so a caller may try again at once. */
function notAsked(platform: Platform, cause: AppError): AppError {
  return new AppError('platform_unavailable', `${platform} token endpoint could not renew the token`, {
    ...cause.details,
    sent: 'no',
  });
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  refresh_token?: unknown;
  refresh_token_expires_in?: unknown;
  error?: unknown;
}

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/**
 * Renews access tokens with the refresh-token grant (RFC 6749 §6) at each platform's token endpoint: Google,
 * X (rotating refresh tokens) and LinkedIn (refresh tokens only for approved apps).
 */
export class OAuthTokenClient implements TokenRenewer {
  constructor(
    private readonly clients: Partial<Record<Platform, OAuthClient>>,
    private readonly timeoutMs = 10_000,
  ) {}

  renews(platform: Platform): boolean {
    return this.clients[platform] !== undefined;
  }

  async renew(platform: Platform, refreshToken: string): Promise<RenewedTokens> {
    return this.tokenCall(platform, { grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** An admin's consent: the authorization code exchanged for tokens (RFC 6749 §4.1.3, with PKCE's verifier). */
  exchange(
    platform: Platform,
    grant: { readonly code: string; readonly redirectUri: string; readonly verifier?: string },
  ): Promise<RenewedTokens> {
    return this.tokenCall(platform, {
      grant_type: 'authorization_code',
      code: grant.code,
      redirect_uri: grant.redirectUri,
      ...(grant.verifier ? { code_verifier: grant.verifier } : {}),
    });
  }

  private async tokenCall(platform: Platform, fields: Record<string, string>): Promise<RenewedTokens> {
    const client = this.clients[platform];
    if (!client) throw new AppError('account_not_configured', `No OAuth client for ${platform}`);
    const form = new URLSearchParams(fields);
    const headers: Record<string, string> = {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    };
    if (client.clientAuth === 'basic') {
      const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
      headers.Authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
      form.set('client_id', client.clientId);
    } else {
      form.set('client_id', client.clientId);
      form.set('client_secret', client.clientSecret);
    }
    let response: Response;
    try {
      response = await fetch(client.tokenUrl, {
        method: 'POST',
        headers,
        body: form.toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw notAsked(platform, unreachable(`${platform} token endpoint`, error));
    }
    const body = (await response.json().catch(() => ({}))) as TokenAnswer;
    if (response.status >= 500)
      throw notAsked(platform, serverFailed(`${platform} token endpoint`, { status: response.status }));
    if (!response.ok) {
      const error = typeof body.error === 'string' ? body.error : '';
      if ((response.status === 400 || response.status === 401) && deadGrant(platform, error)) {
        throw new AppError('credential_refused', `${platform} refused the refresh token`, { error });
      }
      throw new AppError('platform_error', `${platform} token endpoint answered ${response.status}`, {
        status: response.status,
        error,
      });
    }
    if (typeof body.access_token !== 'string' || body.access_token === '') {
      throw new AppError('platform_error', `${platform} token endpoint answered without an access token`);
    }
    const expiresIn = positive(body.expires_in);
    const refreshExpiresIn = positive(body.refresh_token_expires_in);
    return {
      accessToken: body.access_token,
      ...(expiresIn ? { expiresInSeconds: expiresIn } : {}),
      ...(typeof body.refresh_token === 'string' && body.refresh_token
        ? { refreshToken: body.refresh_token }
        : {}),
      ...(refreshExpiresIn ? { refreshExpiresInSeconds: refreshExpiresIn } : {}),
    };
  }
}
