import { AppError, isAppError } from '../../domain/app-error';
import { accessDue, type RefusalReason, type StoredCredential } from '../../domain/credential';
import type { Platform } from '../../domain/platform';
import { utcIso } from '../../domain/utc-iso';
import type { Clock, CredentialStore, Log, TokenRenewer, VersionedCredential } from '../../ports/index';
import { tokenFingerprint } from './token-fingerprint';

/** What the environment gives an account: a fixed access token, a refresh token to start renewing from, or both. */
export interface ConfiguredCredential {
  readonly accessToken?: string;
  readonly refreshToken?: string;
}

export interface AccountCredentialsDeps {
  readonly store: CredentialStore;
  readonly renewer: TokenRenewer;
  readonly clock: Clock;
  readonly log: Log;
  /** The account whose credential a platform account uses (Messenger uses its Page's) and what is configured. */
  readonly configured: (
    platform: Platform,
    accountId: string,
  ) => { readonly platform: Platform; readonly accountId: string; readonly given?: ConfiguredCredential };
  /** Told once per refused credential; tells the admins. */
  readonly refused: (
    platform: Platform,
    accountId: string,
    reason: RefusalReason,
    fingerprint: string,
  ) => Promise<void>;
  /** How long a call to a token endpoint may take: a renewal claim outlasts it. */
  readonly callTimeoutMs: number;
  /** Told whenever this process learns an account's credential state. */
  readonly learnt?: (platform: Platform, accountId: string, state: 'ok' | 'reconnect') => void;
}

/** How long one instance holds the right to renew beyond its call's own time limit, before another may try. */
const RENEWAL_CLAIM_MARGIN_MS = 30_000;
/** How long a caller waits for another instance's renewal before it gives up for now. */
const WAIT_FOR_OTHER = [150, 300, 600, 1200];

/** The secret a stored credential rests on: its refresh token where it has one, else its access token. */
function keyTokenOf(credential: StoredCredential): string | undefined {
  return credential.refreshToken ?? credential.accessToken;
}

function isRefused(credential: StoredCredential | undefined, token: string | undefined): boolean {
  return !!credential?.refused && !!token && credential.refused.fingerprint === tokenFingerprint(token);
}

/**
 * The access token each call to a platform is made with. A fixed token from the environment is used as it is; a
 * credential that can be renewed (a refresh token, from the environment or from an admin's consent) is kept in
 * the credential store and renewed before it ends and after the platform turns it away, by one instance at a
 * time: a conditional write claims the renewal, so a rotating refresh token (X) is never spent twice. A refusal
 * that cannot be mended marks the account as needing to be connected again and tells the admins once.
 */
export class AccountCredentials {
  constructor(private readonly deps: AccountCredentialsDeps) {}

  /**
   * The token to call the platform with now; undefined when the account has none. Throws AppError
   * `account_needs_reconnect` when the platform refused the account's credential.
   */
  async tokenFor(platform: Platform, accountId: string): Promise<string | undefined> {
    const owner = this.deps.configured(platform, accountId);
    const current = await this.seeded(owner.platform, owner.accountId, owner.given);
    const stored = current?.credential;
    if (stored && keyTokenOf(stored)) {
      if (isRefused(stored, keyTokenOf(stored))) throw this.needsReconnect(owner.platform, owner.accountId);
      this.learn(owner.platform, owner.accountId, 'ok');
      if (!accessDue(stored, this.deps.clock.now())) return stored.accessToken;
      return this.renew(owner.platform, owner.accountId, current);
    }
    const fixed = owner.given?.accessToken;
    if (!fixed) return undefined;
    if (isRefused(stored, fixed)) throw this.needsReconnect(owner.platform, owner.accountId);
    this.learn(owner.platform, owner.accountId, 'ok');
    return fixed;
  }

  /**
   * The platform turned the account's token away (401). A renewable credential is renewed at once (true: call
   * again); any other is marked as needing to be connected again and the admins are told (false).
   */
  async refusedByPlatform(platform: Platform, accountId: string): Promise<boolean> {
    const owner = this.deps.configured(platform, accountId);
    const current = await this.deps.store.read(owner.platform, owner.accountId);
    const stored = current?.credential;
    if (current && stored?.refreshToken) {
      const expired: VersionedCredential = {
        credential: { ...stored, accessExpiresAt: utcIso(this.deps.clock.now()) },
        etag: current.etag,
      };
      try {
        await this.renew(owner.platform, owner.accountId, expired);
        return true;
      } catch (error) {
        if (isAppError(error, 'account_needs_reconnect')) return false;
        throw error;
      }
    }
    const token = stored?.accessToken ?? owner.given?.accessToken;
    if (!token) return false;
    await this.markRefused(owner.platform, owner.accountId, current, token, 'token_refused');
    return false;
  }

  /** The stored credential, first started from the environment's refresh token when that is new. */
  private async seeded(
    platform: Platform,
    accountId: string,
    given: ConfiguredCredential | undefined,
  ): Promise<VersionedCredential | undefined> {
    const current = await this.deps.store.read(platform, accountId);
    const seed = given?.refreshToken;
    if (!seed || !this.deps.renewer.renews(platform)) return current;
    const seededFrom = tokenFingerprint(seed);
    // A credential an admin connected is not overwritten by the environment; a new seed replaces an older one.
    const held = current?.credential;
    const hasTokens = !!held && (!!held.refreshToken || !!held.accessToken);
    if (current && hasTokens && (held?.seededFrom === undefined || held.seededFrom === seededFrom))
      return current;
    const fresh: StoredCredential = { platform, accountId, refreshToken: seed, seededFrom };
    const written = current
      ? await this.deps.store.replace(fresh, current.etag)
      : await this.deps.store.create(fresh);
    if (written)
      this.deps.log.info({ event: 'credential.seeded', platform }, 'refresh token taken from settings');
    return this.deps.store.read(platform, accountId);
  }

  private async renew(
    platform: Platform,
    accountId: string,
    start: VersionedCredential | undefined,
  ): Promise<string | undefined> {
    let current = start;
    for (let attempt = 0; current; attempt += 1) {
      const now = this.deps.clock.now();
      const { credential } = current;
      if (!accessDue(credential, now)) return credential.accessToken;
      if (!credential.refreshToken) {
        await this.markRefused(platform, accountId, current, keyTokenOf(credential) ?? '', 'grant_expired');
        throw this.needsReconnect(platform, accountId);
      }
      if (isRefused(credential, credential.refreshToken)) throw this.needsReconnect(platform, accountId);
      if (credential.renewingUntil && Date.parse(credential.renewingUntil) > now.toMillis()) {
        // Another instance is renewing: its token is as good as ours, and spending the refresh token twice is not.
        const wait = WAIT_FOR_OTHER[attempt];
        if (wait === undefined) {
          if (credential.accessToken && Date.parse(credential.accessExpiresAt ?? '') > now.toMillis())
            return credential.accessToken;
          throw new AppError('platform_unavailable', `${platform} token is being renewed`, { sent: 'no' });
        }
        await this.deps.clock.sleep(wait);
        current = await this.deps.store.read(platform, accountId);
        continue;
      }
      const claimed: StoredCredential = {
        ...credential,
        renewingUntil: utcIso(now.plus({ milliseconds: this.deps.callTimeoutMs + RENEWAL_CLAIM_MARGIN_MS })),
      };
      if (!(await this.deps.store.replace(claimed, current.etag))) {
        current = await this.deps.store.read(platform, accountId);
        continue;
      }
      const afterClaim = await this.deps.store.read(platform, accountId);
      if (!afterClaim) return undefined;
      return this.spend(platform, accountId, afterClaim, credential.refreshToken);
    }
    return undefined;
  }

  /** Spends the refresh token the claim gave this instance, and stores what comes back before using it. */
  private async spend(
    platform: Platform,
    accountId: string,
    claimed: VersionedCredential,
    refreshToken: string,
  ): Promise<string> {
    const { credential } = claimed;
    const { clock, log } = this.deps;
    let renewed;
    try {
      renewed = await this.deps.renewer.renew(platform, refreshToken);
    } catch (error) {
      if (isAppError(error, 'credential_refused')) {
        // Re-read once: a refresh token that changed meanwhile (a new consent) is not the one refused.
        const again = await this.deps.store.read(platform, accountId);
        if (again && again.credential.refreshToken && again.credential.refreshToken !== refreshToken) {
          return (await this.tokenFor(platform, accountId)) ?? '';
        }
        await this.markRefused(platform, accountId, again, refreshToken, 'grant_refused');
        throw this.needsReconnect(platform, accountId);
      }
      const { renewingUntil: _released, ...released } = credential;
      await this.deps.store.replace(released, claimed.etag).catch(() => false);
      log.warn(
        { event: 'credential.renewal_failed', platform, code: isAppError(error) ? error.code : 'unexpected' },
        'token could not be renewed now; the next call tries again',
      );
      if (credential.accessToken && Date.parse(credential.accessExpiresAt ?? '') > clock.now().toMillis())
        return credential.accessToken;
      throw error;
    }
    const now = clock.now();
    const refreshExpiresAt = renewed.refreshExpiresInSeconds
      ? utcIso(now.plus({ seconds: renewed.refreshExpiresInSeconds }))
      : renewed.refreshToken
        ? undefined
        : credential.refreshExpiresAt;
    const next: StoredCredential = {
      platform,
      accountId,
      accessToken: renewed.accessToken,
      ...(renewed.expiresInSeconds
        ? { accessExpiresAt: utcIso(now.plus({ seconds: renewed.expiresInSeconds })) }
        : {}),
      refreshToken: renewed.refreshToken ?? refreshToken,
      ...(refreshExpiresAt ? { refreshExpiresAt } : {}),
      ...(credential.seededFrom ? { seededFrom: credential.seededFrom } : {}),
    };
    if (await this.keep(next, claimed.etag, refreshToken)) {
      log.info(
        { event: 'credential.renewed', platform, rotated: renewed.refreshToken !== undefined },
        'access token renewed',
      );
    } else {
      log.warn(
        { event: 'credential.renewal_overtaken', platform },
        'another write replaced the renewal claim',
      );
    }
    this.learn(platform, accountId, 'ok');
    return renewed.accessToken;
  }

  /**
   * Stores a renewal. The refresh token it was made with is spent, so the new one must not be lost: a write that
   * storage refuses for a moment is made again, and one overtaken by another write is made over it as long as the
   * row still holds the spent token (nobody else renewed since). False when someone else's renewal stands.
   */
  private async keep(next: StoredCredential, etag: string, spent: string): Promise<boolean> {
    let version = etag;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      try {
        if (await this.deps.store.replace(next, version)) return true;
        const now = await this.deps.store.read(next.platform, next.accountId);
        if (!now || now.credential.refreshToken !== spent) return false;
        version = now.etag;
      } catch (error) {
        if (attempt === 3) throw error;
        await this.deps.clock.sleep(200 * (attempt + 1));
      }
    }
    return false;
  }

  private async markRefused(
    platform: Platform,
    accountId: string,
    current: VersionedCredential | undefined,
    token: string,
    reason: RefusalReason,
  ): Promise<void> {
    const fingerprint = tokenFingerprint(token);
    if (current?.credential.refused?.fingerprint === fingerprint) return;
    const { renewingUntil: _released, ...base } = current?.credential ?? { platform, accountId };
    const marked: StoredCredential = {
      ...base,
      refused: { at: utcIso(this.deps.clock.now()), reason, fingerprint },
    };
    const written = current
      ? await this.deps.store.replace(marked, current.etag)
      : await this.deps.store.create(marked);
    this.learn(platform, accountId, 'reconnect');
    if (!written) return;
    this.deps.log.warn(
      { event: 'credential.refused', platform, reason },
      'the account needs connecting again',
    );
    await this.deps.refused(platform, accountId, reason, fingerprint);
  }

  private needsReconnect(platform: Platform, accountId: string): AppError {
    this.learn(platform, accountId, 'reconnect');
    return new AppError('account_needs_reconnect', `The ${platform} account needs connecting again`, {
      platform,
    });
  }

  private learn(platform: Platform, accountId: string, state: 'ok' | 'reconnect'): void {
    this.deps.learnt?.(platform, accountId, state);
  }
}
