import { XMentionsSource } from '../../services/adapters/platforms/x-mentions-source';
import { XModerator } from '../../services/adapters/platforms/x-moderator';
import { XPublisher } from '../../services/adapters/platforms/x-publisher';
import { probeOwner } from '../preflight/owner-token-probe';
import { xWebhook } from '../webhooks/x/x-webhook';
import type { PlatformEntry } from './platform-entry';

/**
 * X accounts: their mentions polled, and the Account Activity webhook where it is set up (X_WEBHOOK=on). X offers no
 * reliable way to list the account's own answers: a send whose outcome is unknown goes to a person.
 */
export const X: PlatformEntry = {
  clients: ({ config, tokenFor, clock }) => {
    const options = {
      apiUrl: config.platforms.X_API_URL,
      tokenFor,
      clock,
      timeoutMs: config.platformTimeoutMs,
    };
    return { publisher: new XPublisher(options), moderator: new XModerator(options) };
  },
  reader: ({ config, clock }) => ({
    source: new XMentionsSource(config.platforms.X_API_URL, clock),
    intervalMs: config.platforms.X_POLL_INTERVAL_MS,
  }),
  webhook: (config) =>
    config.platforms.X_WEBHOOK === 'on' && config.platforms.X_CONSUMER_SECRET
      ? xWebhook(config.platforms.X_CONSUMER_SECRET)
      : undefined,
  probe: probeOwner,
};
