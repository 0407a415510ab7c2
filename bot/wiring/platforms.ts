import { LinkedInPublisher } from '../../services/adapters/platforms/linkedin-publisher';
import { MetaGraphPublisher } from '../../services/adapters/platforms/meta-graph-publisher';
import { PlatformPublisher } from '../../services/adapters/platforms/platform-publisher';
import { XModerator } from '../../services/adapters/platforms/x-moderator';
import { XPublisher } from '../../services/adapters/platforms/x-publisher';
import { YouTubeApi } from '../../services/adapters/platforms/youtube';
import { YouTubeModerator } from '../../services/adapters/platforms/youtube-moderator';
import type { StoredComment } from '../../services/domain/comment';
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
import type { Config } from '../config/config-shape';

/**
 * The platform clients, part of the composition root: one per platform, each calling with its account's current
 * token (renewed, and renewed again when the platform turns it away), and the publisher that sends each reply or
 * moderation to the right one.
 */
export function wirePlatforms(
  config: Config,
  credentials: AccountCredentials,
  clock: Clock,
): {
  readonly publisher: PlatformPublisher;
  readonly youtube: YouTubeApi;
  readonly mentions: MentionDetails;
} {
  const tokenFor = (comment: Pick<StoredComment, 'platform' | 'accountId'>) =>
    credentials.tokenFor(comment.platform, comment.accountId);
  const timeoutMs = config.platformTimeoutMs;
  const meta = new MetaGraphPublisher({
    graphUrl: config.meta.graphUrl,
    graphVersion: config.meta.graphVersion,
    tokenFor,
    timeoutMs,
    clock,
  });
  const linkedin = new LinkedInPublisher({
    apiUrl: config.linkedin.apiUrl,
    version: config.linkedin.version,
    tokenFor,
    timeoutMs,
  });
  const x = new XPublisher({ apiUrl: config.x.apiUrl, tokenFor, clock, timeoutMs });
  const youtube = new YouTubeApi({ apiUrl: config.youtube.apiUrl, tokenFor, clock, timeoutMs });
  const xModerator = new XModerator({ apiUrl: config.x.apiUrl, tokenFor, clock, timeoutMs });
  const youtubeModerator = new YouTubeModerator({
    apiUrl: config.youtube.apiUrl,
    tokenFor,
    clock,
    timeoutMs,
  });
  // X and Messenger offer no reliable way to list the account's own answers: there, "cannot tell" goes to a person.
  const publish = (p: ReplyPublisher) => renewingPublisher(credentials, p);
  const moderate = (m: PlatformModerator) => renewingModerator(credentials, m);
  const find = (f: ReplyFinder) => renewingFinder(credentials, f);
  const publisher = new PlatformPublisher(
    {
      facebook: publish(meta),
      messenger: publish(meta),
      instagram: publish(meta),
      linkedin: publish(linkedin),
      x: publish(x),
      youtube: publish(youtube),
    },
    {
      facebook: moderate(meta),
      instagram: moderate(meta),
      x: moderate(xModerator),
      youtube: moderate(youtubeModerator),
    },
    { facebook: find(meta), instagram: find(meta), linkedin: find(linkedin), youtube: find(youtube) },
  );
  return { publisher, youtube, mentions: meta };
}
