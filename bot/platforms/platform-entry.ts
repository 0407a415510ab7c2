import type { Account } from '../../services/domain/account';
import type { StoredComment } from '../../services/domain/comment';
import type { Platform } from '../../services/domain/platform';
import type {
  Clock,
  CommentSource,
  PlatformModerator,
  ReplyFinder,
  ReplyPublisher,
} from '../../services/ports/index';
import type { Config } from '../config/config-shape';
import type { ProbeResult } from '../preflight/probe-result';
import type { WebhookSource } from '../webhooks/webhook-source';

/** What a platform's clients are built from. */
export interface PlatformContext {
  readonly config: Config;
  readonly clock: Clock;
  /** The account's current token (renewed ahead, and again when the platform turns it away). */
  readonly tokenFor: (comment: Pick<StoredComment, 'platform' | 'accountId'>) => Promise<string | undefined>;
  /** The platform whose credential an account uses (an inbox answers with its Page's or Instagram account's). */
  readonly credentialOwner: (platform: Platform, accountId: string) => Platform;
  /** One client for the platforms that share it (Meta's Graph API serves Facebook, Instagram and Messenger). */
  shared<T>(name: string, make: () => T): T;
}

/** How Svarsvakten acts on the platform. */
export interface PlatformClients {
  readonly publisher: ReplyPublisher;
  /** Where the platform lets the account hide or remove a resident's comment. */
  readonly moderator?: PlatformModerator;
  /** Where the account's own answers can be listed: a send whose outcome is unknown is looked for before it goes again. */
  readonly finder?: ReplyFinder;
}

/** What Svarsvakten reads itself: a poll, or a read-back beside the webhook for deliveries that never came. */
export interface PlatformReader {
  readonly source: CommentSource;
  /** 0: not read (the setting turned it off). */
  readonly intervalMs: number;
}

/**
 * One platform, as the composition root sees it: its clients, its reader, its webhook (when configured) and how
 * preflight checks an account's token. `bot/platforms/registry.ts` holds one per platform; the compiler asks for each.
 */
export interface PlatformEntry {
  clients(context: PlatformContext): PlatformClients;
  reader(context: PlatformContext): PlatformReader;
  /** Its webhook, when its secret is configured (and the platform has accounts: the registry checks that). */
  webhook(config: Config): WebhookSource | undefined;
  probe(config: Config, account: Account, token: string, owner: Platform): Promise<ProbeResult>;
}
