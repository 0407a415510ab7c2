import { createHash, randomBytes } from 'node:crypto';
import { AppError, isAppError } from '../../domain/app-error';
import type { StoredCredential } from '../../domain/credential';
import type { Platform } from '../../domain/platform';
import { utcIso } from '../../domain/utc-iso';
import type { AccountAuthorization, Clock, CredentialStore, Log, PollerStateStore } from '../../ports/index';

/** An admin has this long to give consent once they asked to connect an account. */
export const CONNECT_WINDOW_MINUTES = 10;

/** A connection under way, kept between the admin's start and the platform sending them back. */
interface Pending {
  readonly platform: Platform;
  readonly accountId: string;
  readonly adminId: string;
  readonly verifier: string;
  readonly redirectUri: string;
  readonly consentUrl: string;
  readonly expiresAt: string;
}

export interface ConnectAccountDeps {
  readonly authorization: AccountAuthorization;
  readonly credentials: Pick<CredentialStore, 'read' | 'create' | 'replace'>;
  /** Where a connection under way is kept (any instance may get the platform's answer). */
  readonly pending: Pick<PollerStateStore, 'getWatermark' | 'setWatermark'>;
  readonly clock: Clock;
  readonly log: Log;
  /** Told once the account has a working credential again. */
  readonly connected: (platform: Platform, accountId: string) => void;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/**
 * Anslut konto: an admin connects an account by consenting on the platform (the authorization-code flow, RFC 6749
 * §4.1, with `state` and PKCE, RFC 7636). The answer is taken only for the admin who started it, within ten
 * minutes and once; the tokens are kept only when the platform says they belong to that very account.
 */
export class ConnectAccount {
  constructor(private readonly deps: ConnectAccountDeps) {}

  /**
   * A connection under way: its `state`, and the consent page to send the admin to (also reached, on Svarsvakten's
   * own host, through `consentFor(state)`, as a Teams sign-in window must start there).
   */
  async start(
    platform: Platform,
    accountId: string,
    adminId: string,
    redirectUri: string,
  ): Promise<{ state: string; consentUrl: string }> {
    if (!this.deps.authorization.connects(platform))
      throw new AppError('connect_unavailable', `${platform} accounts cannot be connected here`);
    const state = base64url(randomBytes(32));
    const verifier = base64url(randomBytes(48));
    const challenge = base64url(createHash('sha256').update(verifier).digest());
    const expiresAt = utcIso(this.deps.clock.now().plus({ minutes: CONNECT_WINDOW_MINUTES }));
    const consentUrl = this.deps.authorization.consentUrl(platform, { state, challenge, redirectUri });
    const pending: Pending = { platform, accountId, adminId, verifier, redirectUri, consentUrl, expiresAt };
    await this.deps.pending.setWatermark(`connect:${state}`, JSON.stringify(pending));
    return { state, consentUrl };
  }

  /** Whether accounts on the platform can be connected here. */
  connects(platform: Platform): boolean {
    return this.deps.authorization.connects(platform);
  }

  /** The consent page of a connection still under way, or undefined. */
  async consentFor(state: string): Promise<string | undefined> {
    const pending = await this.pendingOf(state);
    return pending && pending.expiresAt >= utcIso(this.deps.clock.now()) ? pending.consentUrl : undefined;
  }

  private async pendingOf(state: string): Promise<Pending | undefined> {
    const kept = state ? await this.deps.pending.getWatermark(`connect:${state}`) : undefined;
    try {
      return kept ? (JSON.parse(kept) as Pending) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The platform sent the admin back with `code`: the account is connected, or AppError says why not. */
  async finish(
    state: string,
    code: string,
    adminId: string,
  ): Promise<{ platform: Platform; accountId: string }> {
    const pending = await this.takePending(state, adminId);
    const { platform, accountId } = pending;
    const tokens = await this.deps.authorization
      .exchange(platform, { code, redirectUri: pending.redirectUri, verifier: pending.verifier })
      .catch((error: unknown) => {
        throw isAppError(error, 'platform_unavailable')
          ? error
          : new AppError('connect_failed', `${platform} did not exchange the code`);
      });
    const owned = await this.deps.authorization.accountIds(platform, tokens.accessToken);
    if (!owned.includes(accountId)) {
      throw new AppError('connect_other_account', 'The consent was given for another account', {
        found: owned.join(', ') || '–',
        expected: accountId,
      });
    }
    const now = this.deps.clock.now();
    const credential: StoredCredential = {
      platform,
      accountId,
      accessToken: tokens.accessToken,
      ...(tokens.expiresInSeconds
        ? { accessExpiresAt: utcIso(now.plus({ seconds: tokens.expiresInSeconds })) }
        : {}),
      ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
      ...(tokens.refreshExpiresInSeconds
        ? { refreshExpiresAt: utcIso(now.plus({ seconds: tokens.refreshExpiresInSeconds })) }
        : {}),
    };
    await this.keep(credential);
    this.deps.connected(platform, accountId);
    this.deps.log.info({ event: 'credential.connected', platform }, 'an admin connected the account');
    return { platform, accountId };
  }

  /** The connection under way for `state`, used up: only its own admin's, and only within its window. */
  private async takePending(state: string, adminId: string): Promise<Pending> {
    const pending = await this.pendingOf(state);
    if (!pending || pending.adminId !== adminId || pending.expiresAt < utcIso(this.deps.clock.now()))
      throw new AppError('connect_expired', 'No connection under way for this answer and admin');
    await this.deps.pending.setWatermark(`connect:${state}`, '');
    return pending;
  }

  /** The new credential replaces whatever was kept (a refused one included), with a conditional write. */
  private async keep(credential: StoredCredential): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const current = await this.deps.credentials.read(credential.platform, credential.accountId);
      const written = current
        ? await this.deps.credentials.replace(credential, current.etag)
        : await this.deps.credentials.create(credential);
      if (written) return;
    }
    throw new AppError('concurrent_update', 'The credential changed while it was being connected');
  }
}
