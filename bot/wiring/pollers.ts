import { PLATFORMS, type Platform } from '../../services/domain/platform';
import { PlatformPoller, type PlatformPollerDeps } from '../../services/app/ingest/platform-poller';
import type { PlatformReader } from '../platforms/platform-entry';

/** One poller per platform: what it reads, and how often, its registry entry says. */
export type Pollers = Readonly<Record<Platform, PlatformPoller>>;

/**
 * The platforms Svarsvakten reads itself: X mentions and YouTube comment threads, which it polls, and Facebook,
 * Instagram, the Messenger and Instagram Direct inboxes and LinkedIn, read back every `CATCHUP_INTERVAL_MS` beside
 * their webhooks. What a read finds that a webhook already brought is recognised by its id and stored once.
 */
export function wirePollers(
  readers: Readonly<Record<Platform, PlatformReader>>,
  deps: Omit<PlatformPollerDeps, 'platform' | 'source' | 'intervalMs'>,
): Pollers {
  return Object.fromEntries(
    PLATFORMS.map((platform) => {
      const { source, intervalMs } = readers[platform];
      return [platform, new PlatformPoller({ ...deps, platform, source, intervalMs })];
    }),
  ) as Record<Platform, PlatformPoller>;
}
