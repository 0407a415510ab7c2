import type { StoredCredential } from '../domain/credential';
import type { Platform } from '../domain/platform';

/** A stored credential as the end-date warnings and the overview see it: no token, sealed or not. */
export interface CredentialSummary {
  readonly platform: Platform;
  readonly accountId: string;
  /** When it stops working unless someone connects the account again (ISO); absent when unknown. */
  readonly endsAt?: string;
  readonly refused: boolean;
  /**
   * Under which key its tokens are sealed: the current one, the previous one (to be sealed anew), or one this process
   * lacks, so they cannot be opened; absent when it holds no token.
   */
  readonly sealedUnder?: 'current' | 'previous' | 'unknown';
}

/** A stored credential and the version it was read at, for a conditional write. */
export interface VersionedCredential {
  readonly credential: StoredCredential;
  readonly etag: string;
}

/**
 * Where renewed and rotating credentials are kept, in storage the city controls, sealed at rest. A write names the
 * version it replaces: of two instances renewing one account, exactly one write wins.
 */
export interface CredentialStore {
  read(platform: Platform, accountId: string): Promise<VersionedCredential | undefined>;
  /** Stores a first credential; false when the account already has one. */
  create(credential: StoredCredential): Promise<boolean>;
  /** Replaces the credential read at `etag`; false when it changed since. */
  replace(credential: StoredCredential, etag: string): Promise<boolean>;
  /** What is known of every stored credential without opening its tokens: its end date and any refusal. */
  list(): Promise<CredentialSummary[]>;
}

/** What an authorization server gave for a refresh token. */
export interface RenewedTokens {
  readonly accessToken: string;
  readonly expiresInSeconds?: number;
  /** A new refresh token, where the platform rotates them (X); the old one is then dead. */
  readonly refreshToken?: string;
  readonly refreshExpiresInSeconds?: number;
}

/**
 * Renews an access token at the platform's authorization server. Throws AppError `credential_refused` when the
 * server refuses the refresh token for good (revoked, expired, already spent), `platform_unavailable` when it
 * could not be asked.
 */
export interface TokenRenewer {
  renew(platform: Platform, refreshToken: string): Promise<RenewedTokens>;
  /** Whether the platform's tokens can be renewed here (its OAuth client is configured). */
  renews(platform: Platform): boolean;
}
