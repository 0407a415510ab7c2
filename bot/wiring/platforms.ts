import { PlatformPublisher } from '../../services/adapters/platforms/platform-publisher';
import type { StoredComment } from '../../services/domain/comment';
import { PLATFORMS, type Platform } from '../../services/domain/platform';
import type {
  Clock,
  MentionDetails,
  PlatformModerator,
  ReplyFinder,
  ReplyPublisher,
} from '../../services/ports/index';
import {
  renewingFinder,
  renewingModerator,
  renewingPublisher,
} from '../../services/app/accounts/renew-on-refusal';
import type { AccountCredentials } from '../../services/app/accounts/account-credentials';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { Config } from '../config/config-shape';
import { metaPublisher } from '../platforms/meta';
import type { PlatformContext, PlatformReader } from '../platforms/platform-entry';
import { PLATFORM_REGISTRY } from '../platforms/registry';

/**
 * The platform clients, part of the composition root, from the platform registry: each calls with its account's
 * current token (renewed, and renewed again when the platform turns it away); the publisher sends each reply or
 * moderation to the right one; the readers are what each platform's poller reads.
 */
export function wirePlatforms(
  config: Config,
  deps: {
    readonly credentials: AccountCredentials;
    readonly accounts: AccountDirectory;
    readonly clock: Clock;
  },
): {
  readonly publisher: PlatformPublisher;
  readonly readers: Readonly<Record<Platform, PlatformReader>>;
  readonly mentions: MentionDetails;
} {
  const { credentials, accounts, clock } = deps;
  const made = new Map<string, unknown>();
  const context: PlatformContext = {
    config,
    clock,
    tokenFor: (comment: Pick<StoredComment, 'platform' | 'accountId'>) =>
      credentials.tokenFor(comment.platform, comment.accountId),
    credentialOwner: (platform, accountId) => accounts.credentialOwner(platform, accountId).platform,
    shared<T>(name: string, make: () => T): T {
      if (!made.has(name)) made.set(name, make());
      return made.get(name) as T;
    },
  };
  const publishers: Partial<Record<Platform, ReplyPublisher>> = {};
  const moderators: Partial<Record<Platform, PlatformModerator>> = {};
  const finders: Partial<Record<Platform, ReplyFinder>> = {};
  for (const platform of PLATFORMS) {
    const { publisher, moderator, finder } = PLATFORM_REGISTRY[platform].clients(context);
    publishers[platform] = renewingPublisher(credentials, publisher);
    if (moderator) moderators[platform] = renewingModerator(credentials, moderator);
    if (finder) finders[platform] = renewingFinder(credentials, finder);
  }
  const readers = Object.fromEntries(
    PLATFORMS.map((platform) => [platform, PLATFORM_REGISTRY[platform].reader(context)]),
  ) as Record<Platform, PlatformReader>;
  return {
    publisher: new PlatformPublisher(publishers, moderators, finders),
    readers,
    mentions: metaPublisher(context),
  };
}
