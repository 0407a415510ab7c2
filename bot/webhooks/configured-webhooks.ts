import { PLATFORMS } from '../../services/domain/platform';
import type { Config } from '../config/config-shape';
import { PLATFORM_REGISTRY } from '../platforms/registry';
import type { WebhookSource } from './webhook-source';

/**
 * The webhooks that listen: only a platform with its secret configured and at least one account in the accounts
 * file gets a route (X also only with X_WEBHOOK=on); platforms sharing one webhook (Meta's) share its one route. Any
 * other `/api/webhooks/…` is a 404, so nothing can be delivered to a platform nobody set up.
 */
export function configuredWebhooks(config: Config): WebhookSource[] {
  const byRoute = new Map<string, WebhookSource>();
  for (const platform of PLATFORMS) {
    if (!config.accounts.some((a) => a.platform === platform)) continue;
    const source = PLATFORM_REGISTRY[platform].webhook(config);
    if (source && !byRoute.has(source.name)) byRoute.set(source.name, source);
  }
  return [...byRoute.values()];
}
