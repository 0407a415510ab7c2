/** How a platform's authorization server behaves: its token path, client authentication, lifetimes, rotation. */
export interface OAuthFlavour {
  readonly name: 'google' | 'x' | 'linkedin';
  readonly tokenPath: string;
  /** The consent page an app sends a person to (the authorization-code flow). */
  readonly authorizePath: string;
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
  authorizePath: '/o/oauth2/v2/auth',
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
  authorizePath: '/i/oauth2/authorize',
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
  authorizePath: '/oauth/v2/authorization',
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
