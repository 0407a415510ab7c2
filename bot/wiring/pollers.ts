import { FacebookCatchUp } from '../../services/adapters/platforms/catch-up/facebook-catch-up';
import { InboxCatchUp } from '../../services/adapters/platforms/catch-up/inbox-catch-up';
import { InstagramCatchUp } from '../../services/adapters/platforms/catch-up/instagram-catch-up';
import { LinkedInCatchUp } from '../../services/adapters/platforms/catch-up/linkedin-catch-up';
import { XMentionsSource } from '../../services/adapters/platforms/x-mentions-source';
import type { CommentSource } from '../../services/ports/index';
import type { Config } from '../config/config-shape';
import { PlatformPoller, type PlatformPollerDeps } from '../../services/app/ingest/platform-poller';

export interface Pollers {
  readonly x: PlatformPoller;
  readonly youtube: PlatformPoller;
  /** Read-backs of the accounts with webhooks, for deliveries that never came. */
  readonly facebook: PlatformPoller;
  readonly instagram: PlatformPoller;
  readonly messenger: PlatformPoller;
  readonly linkedin: PlatformPoller;
}

/**
 * The platforms Svarsvakten reads itself: X mentions and YouTube comment threads, which it polls, and Facebook,
 * Instagram, the Messenger and Instagram Direct inboxes and LinkedIn, read back every `CATCHUP_INTERVAL_MS` beside
 * their webhooks. What a read finds that a webhook already brought is recognised by its id and stored once.
 */
export function wirePollers(
  config: Config,
  deps: Omit<PlatformPollerDeps, 'platform' | 'source' | 'intervalMs'>,
  youtube: CommentSource,
): Pollers {
  const catchUp = {
    graphUrl: config.meta.graphUrl,
    graphVersion: config.meta.graphVersion,
    timeoutMs: config.platformTimeoutMs,
    clock: deps.clock,
    intervalMs: config.meta.catchUpIntervalMs,
  };
  const poller = (platform: PlatformPollerDeps['platform'], source: CommentSource, intervalMs: number) =>
    new PlatformPoller({ ...deps, platform, source, intervalMs });
  const inboxOf = (id: string) =>
    deps.accounts.credentialOwner('messenger', id).platform === 'instagram' ? 'instagram' : 'messenger';
  return {
    x: poller('x', new XMentionsSource(config.x.apiUrl, deps.clock), config.x.pollIntervalMs),
    youtube: poller('youtube', youtube, config.youtube.pollIntervalMs),
    facebook: poller('facebook', new FacebookCatchUp(catchUp), catchUp.intervalMs),
    instagram: poller('instagram', new InstagramCatchUp(catchUp), catchUp.intervalMs),
    messenger: poller('messenger', new InboxCatchUp(catchUp, inboxOf), catchUp.intervalMs),
    linkedin: poller(
      'linkedin',
      new LinkedInCatchUp({ ...catchUp, apiUrl: config.linkedin.apiUrl, version: config.linkedin.version }),
      catchUp.intervalMs,
    ),
  };
}
