import type { Platform } from '../../domain/platform';
import type { AccountAuthorization, RenewedTokens } from '../../ports/index';
import type { OAuthTokenClient } from './oauth-token-client';
import type { TokenOwner } from './token-owner';

/** What each platform's consent asks for: the scopes Svarsvakten uses, and the platform's own extra parameters. */
const CONSENT: Partial<
  Record<Platform, { readonly scope: string; readonly extra: Record<string, string>; readonly pkce: boolean }>
> = {
  // Google gives a refresh token only with offline access, and a new one only when consent is asked again.
  youtube: {
    scope: 'https://www.googleapis.com/auth/youtube.force-ssl',
    extra: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
    pkce: true,
  },
  // X gives a refresh token only with offline.access.
  x: {
    scope: 'tweet.read tweet.write users.read tweet.moderate.write offline.access',
    extra: {},
    pkce: true,
  },
  // LinkedIn's flow for web apps takes no PKCE; `state` guards it.
  linkedin: {
    scope: 'r_organization_social w_organization_social rw_organization_admin',
    extra: {},
    pkce: false,
  },
};

/** The authorization-code flow against Google, X and LinkedIn, with the app's OAuth clients. */
export class OAuthAuthorization implements AccountAuthorization {
  constructor(
    private readonly clients: Partial<
      Record<Platform, { readonly clientId: string; readonly authorizeUrl: string }>
    >,
    private readonly tokens: Pick<OAuthTokenClient, 'exchange'>,
    private readonly owner: Pick<TokenOwner, 'accountIds'>,
  ) {}

  connects(platform: Platform): boolean {
    return this.clients[platform] !== undefined && CONSENT[platform] !== undefined;
  }

  consentUrl(platform: Platform, request: { state: string; challenge: string; redirectUri: string }): string {
    const client = this.clients[platform];
    const consent = CONSENT[platform];
    if (!client || !consent) throw new Error(`no consent for ${platform}`);
    const url = new URL(client.authorizeUrl);
    const params = {
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: request.redirectUri,
      scope: consent.scope,
      state: request.state,
      ...(consent.pkce ? { code_challenge: request.challenge, code_challenge_method: 'S256' } : {}),
      ...consent.extra,
    };
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url.toString();
  }

  exchange(
    platform: Platform,
    grant: { code: string; redirectUri: string; verifier: string },
  ): Promise<RenewedTokens> {
    const consent = CONSENT[platform];
    return this.tokens.exchange(platform, {
      code: grant.code,
      redirectUri: grant.redirectUri,
      ...(consent?.pkce ? { verifier: grant.verifier } : {}),
    });
  }

  accountIds(platform: Platform, accessToken: string): Promise<string[]> {
    return this.owner.accountIds(platform, accessToken);
  }
}
