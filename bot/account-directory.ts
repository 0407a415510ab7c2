import type { Platform } from '../services/domain/platform';
import { DEFAULT_TEMPLATES, type ReplyTemplates } from '../services/domain/templates';
import type { Account } from './config';

/** Looks up the configured accounts (P1) by platform and id. */
export class AccountDirectory {
  private readonly byKey = new Map<string, Account>();

  constructor(readonly accounts: readonly Account[]) {
    for (const account of accounts) this.byKey.set(`${account.platform}:${account.id}`, account);
  }

  find(platform: Platform, id: string): Account | undefined {
    return this.byKey.get(`${platform}:${id}`);
  }

  displayName(platform: Platform, id: string): string {
    return this.find(platform, id)?.name ?? id;
  }

  /** The token an account publishes with; Messenger falls back to its Page's token (one token serves both). */
  tokenFor(platform: Platform, id: string): string | undefined {
    const own = this.find(platform, id)?.accessToken;
    if (own || platform !== 'messenger') return own;
    return this.find('facebook', id)?.accessToken;
  }

  /** Whether Svarsvakten can publish for the account; otherwise the card is in manual mode. */
  canPublish(platform: Platform, id: string): boolean {
    return this.tokenFor(platform, id) !== undefined;
  }

  templatesFor(platform: Platform, id: string): ReplyTemplates {
    return this.find(platform, id)?.templates ?? DEFAULT_TEMPLATES;
  }
}
