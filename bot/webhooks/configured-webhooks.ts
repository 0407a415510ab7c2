import type { Platform } from '../../services/domain/platform';
import type { Config } from '../config/config-shape';
import { linkedInWebhook } from './linkedin/linkedin-webhook';
import { metaWebhook } from './meta/meta-webhook';
import type { WebhookSource } from './webhook-source';
import { xWebhook } from './x/x-webhook';

/**
 * The webhooks that listen: only a platform with its secret configured and at least one account in the accounts
 * file gets a route (X also only with X_WEBHOOK=on). Any other `/api/webhooks/…` is a 404, so nothing can be delivered to a platform nobody set up.
 */
export function configuredWebhooks(config: Config): WebhookSource[] {
  const has = (...platforms: Platform[]) => config.accounts.some((a) => platforms.includes(a.platform));
  const sources: WebhookSource[] = [];
  if (config.meta.appSecret && config.meta.verifyToken && has('facebook', 'instagram', 'messenger')) {
    sources.push(metaWebhook(config.meta.appSecret, config.meta.verifyToken));
  }
  if (config.linkedin.clientSecret && has('linkedin'))
    sources.push(linkedInWebhook(config.linkedin.clientSecret));
  // Polling needs no route: X's webhook exists only when its Account Activity webhook is set up.
  if (config.x.webhook && config.x.consumerSecret && has('x'))
    sources.push(xWebhook(config.x.consumerSecret));
  return sources;
}
