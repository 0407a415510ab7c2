import type { Platform } from '../../domain/platform';
import { DEFAULT_TEMPLATES, type ReplyTemplates } from '../../domain/templates';
import type { Account } from '../../domain/account';

/**
 * Looks up the configured accounts (P1) by platform and id, and knows what this process last learnt of each
 * account's credential: renewed from storage, or refused by the platform (needs connecting again).
 */
export class AccountDirectory {
  private readonly byKey = new Map<string, Account>();
  private readonly credentialStates = new Map<string, 'ok' | 'reconnect'>();
  /** The configured accounts, and each Instagram account's Direct inbox unless the file names it itself. */
  readonly accounts: readonly Account[];

  constructor(configured: readonly Account[]) {
    this.accounts = [...configured, ...instagramInboxes(configured)];
    for (const account of this.accounts) this.byKey.set(`${account.platform}:${account.id}`, account);
  }

  find(platform: Platform, id: string): Account | undefined {
    return this.byKey.get(`${platform}:${id}`);
  }

  /** Whether the account is in the accounts file (or is the inbox of one that is). */
  knows(platform: Platform, id: string): boolean {
    return this.byKey.has(`${platform}:${id}`);
  }

  displayName(platform: Platform, id: string): string {
    return this.find(platform, id)?.name ?? id;
  }

  /**
   * The account whose credential an account calls its platform with: its own, except a Messenger inbox whose
   * Page (or Instagram account) is served too, which uses that one's (one Page token serves both, and is refused
   * for both at once).
   */
  credentialOwner(
    platform: Platform,
    id: string,
  ): { readonly platform: Platform; readonly accountId: string } {
    if (platform === 'messenger' && this.find('facebook', id)) return { platform: 'facebook', accountId: id };
    if (platform === 'messenger' && this.find('instagram', id))
      return { platform: 'instagram', accountId: id };
    return { platform, accountId: id };
  }

  /** Records what was learnt of an account's credential (by its owner's platform and id). */
  learnt(platform: Platform, id: string, state: 'ok' | 'reconnect'): void {
    this.credentialStates.set(`${platform}:${id}`, state);
  }

  /** Whether the platform refused the account's credential, so someone must connect it again. */
  needsReconnect(platform: Platform, id: string): boolean {
    const owner = this.credentialOwner(platform, id);
    return this.credentialStates.get(`${owner.platform}:${owner.accountId}`) === 'reconnect';
  }

  /** Whether Svarsvakten can publish for the account; otherwise the card is in manual mode. */
  canPublish(platform: Platform, id: string): boolean {
    const key = this.credentialOwner(platform, id);
    const owner = this.find(key.platform, id);
    const state = this.credentialStates.get(`${key.platform}:${id}`);
    if (state === 'reconnect') return false;
    // A credential found in storage (an admin connected the account) counts as much as one configured.
    return state === 'ok' || !!owner?.accessToken || !!owner?.refreshToken;
  }

  templatesFor(platform: Platform, id: string): ReplyTemplates {
    return this.find(platform, id)?.templates ?? DEFAULT_TEMPLATES;
  }
}

/**
 * An Instagram account's direct messages are a Messenger inbox of the same id (Meta's Messenger Platform serves
 * both), answered with the account's own token; it is named after the account unless the file lists it.
 */
function instagramInboxes(configured: readonly Account[]): Account[] {
  const listed = new Set(configured.filter((a) => a.platform === 'messenger').map((a) => a.id));
  return configured
    .filter((account) => account.platform === 'instagram' && !listed.has(account.id))
    .map((account) => ({ ...account, platform: 'messenger' as const, name: `${account.name} (Direct)` }));
}
