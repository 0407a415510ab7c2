import { LinkedInCatchUp } from '../../services/adapters/platforms/catch-up/linkedin-catch-up';
import { LinkedInPublisher } from '../../services/adapters/platforms/linkedin-publisher';
import { probeOwner } from '../preflight/owner-token-probe';
import { linkedInWebhook } from '../webhooks/linkedin/linkedin-webhook';
import { metaGraph } from './meta';
import type { PlatformEntry } from './platform-entry';

/** LinkedIn organizations: answered through the Community Management API, read back beside the webhook. */
export const LINKEDIN: PlatformEntry = {
  clients: ({ config, tokenFor }) => {
    const linkedin = new LinkedInPublisher({
      apiUrl: config.platforms.LINKEDIN_API_URL,
      version: config.platforms.LINKEDIN_VERSION,
      tokenFor,
      timeoutMs: config.platformTimeoutMs,
    });
    return { publisher: linkedin, finder: linkedin };
  },
  reader: ({ config, clock }) => {
    const intervalMs = config.platforms.CATCHUP_INTERVAL_MS;
    const source = new LinkedInCatchUp({
      ...metaGraph(config),
      clock,
      intervalMs,
      apiUrl: config.platforms.LINKEDIN_API_URL,
      version: config.platforms.LINKEDIN_VERSION,
    });
    return { source, intervalMs };
  },
  webhook: (config) =>
    config.platforms.LINKEDIN_CLIENT_SECRET
      ? linkedInWebhook(config.platforms.LINKEDIN_CLIENT_SECRET)
      : undefined,
  probe: probeOwner,
};
