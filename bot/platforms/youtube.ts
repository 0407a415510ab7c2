import { YouTubeApi } from '../../services/adapters/platforms/youtube';
import { YouTubeModerator } from '../../services/adapters/platforms/youtube-moderator';
import { probeOwner } from '../preflight/owner-token-probe';
import type { PlatformContext, PlatformEntry } from './platform-entry';

/** The one YouTube Data API client that answers, finds answers and reads comment threads. */
function youtubeApi({ config, tokenFor, clock, shared }: PlatformContext): YouTubeApi {
  return shared('youtube', () => {
    const apiUrl = config.platforms.YOUTUBE_API_URL;
    return new YouTubeApi({ apiUrl, tokenFor, clock, timeoutMs: config.platformTimeoutMs });
  });
}

/** YouTube channels: their comment threads polled (YouTube has no webhook for comments). */
export const YOUTUBE: PlatformEntry = {
  clients: (context) => {
    const api = youtubeApi(context);
    const { config, tokenFor, clock } = context;
    const moderator = new YouTubeModerator({
      apiUrl: config.platforms.YOUTUBE_API_URL,
      tokenFor,
      clock,
      timeoutMs: config.platformTimeoutMs,
    });
    return { publisher: api, finder: api, moderator };
  },
  reader: (context) => ({
    source: youtubeApi(context),
    intervalMs: context.config.platforms.YOUTUBE_POLL_INTERVAL_MS,
  }),
  webhook: () => undefined,
  probe: probeOwner,
};
