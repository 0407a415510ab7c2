import type { Platform } from '../domain/platform';
import type { RenewedTokens } from './credentials';

/**
 * An admin's consent as a platform's authorization server gives it (the authorization-code flow): the page to send
 * them to, the tokens the code they come back with is worth, and which accounts those tokens may act for.
 */
export interface AccountAuthorization {
  /** Whether accounts on this platform are connected by consent here (its OAuth client is configured). */
  connects(platform: Platform): boolean;
  /** The consent page, carrying `state` and, where the platform takes it, PKCE's S256 challenge. */
  consentUrl(
    platform: Platform,
    request: { readonly state: string; readonly challenge: string; readonly redirectUri: string },
  ): string;
  exchange(
    platform: Platform,
    grant: { readonly code: string; readonly redirectUri: string; readonly verifier: string },
  ): Promise<RenewedTokens>;
  /** The accounts the platform says the token may act for. */
  accountIds(platform: Platform, accessToken: string): Promise<string[]>;
}
