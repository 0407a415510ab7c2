import { XMentionsSource } from '../services/adapters/platforms/x-mentions-source';
import type { CommentSource } from '../services/ports';
import type { Config } from './config';
import { PlatformPoller, type PlatformPollerDeps } from './jobs/platform-poller';

/** The platforms Svarsvakten polls besides their webhooks: X mentions and YouTube comment threads. */
export function wirePollers(
  config: Config,
  deps: Omit<PlatformPollerDeps, 'platform' | 'source' | 'intervalMs'>,
  youtube: CommentSource,
): { x: PlatformPoller; youtube: PlatformPoller } {
  return {
    x: new PlatformPoller({
      ...deps,
      platform: 'x',
      source: new XMentionsSource(config.x.apiUrl, deps.clock),
      intervalMs: config.x.pollIntervalMs,
    }),
    youtube: new PlatformPoller({
      ...deps,
      platform: 'youtube',
      source: youtube,
      intervalMs: config.youtube.pollIntervalMs,
    }),
  };
}
