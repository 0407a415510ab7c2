import { FacebookCatchUp } from '../../services/adapters/platforms/catch-up/facebook-catch-up';
import { InboxCatchUp } from '../../services/adapters/platforms/catch-up/inbox-catch-up';
import { InstagramCatchUp } from '../../services/adapters/platforms/catch-up/instagram-catch-up';
import { MetaGraphPublisher } from '../../services/adapters/platforms/meta-graph-publisher';
import type { CommentSource } from '../../services/ports/index';
import type { Config } from '../config/config-shape';
import { probeMeta } from '../preflight/meta-token-probe';
import { metaWebhook } from '../webhooks/meta/meta-webhook';
import type { PlatformContext, PlatformEntry } from './platform-entry';

/** Where Meta's Graph API is and which app's subscriptions count (the daily check, preflight). */
export function metaGraph(config: Config) {
  const p = config.platforms;
  return {
    graphUrl: p.META_GRAPH_URL,
    graphVersion: p.META_GRAPH_VERSION,
    appId: p.META_APP_ID,
    timeoutMs: config.platformTimeoutMs,
  };
}

/** The one Graph client Facebook, Instagram and Messenger answer and moderate through. */
export function metaPublisher(context: PlatformContext): MetaGraphPublisher {
  return context.shared('meta', () => {
    const { graphUrl, graphVersion, timeoutMs } = metaGraph(context.config);
    return new MetaGraphPublisher({
      graphUrl,
      graphVersion,
      tokenFor: context.tokenFor,
      timeoutMs,
      clock: context.clock,
    });
  });
}

function catchUp(context: PlatformContext) {
  const { graphUrl, graphVersion, timeoutMs } = metaGraph(context.config);
  const intervalMs = context.config.platforms.CATCHUP_INTERVAL_MS;
  return { graphUrl, graphVersion, timeoutMs, clock: context.clock, intervalMs };
}

/** Meta's one webhook carries Facebook, Instagram and Messenger: whichever of them has accounts opens it. */
function webhook(config: Config) {
  const p = config.platforms;
  return p.META_APP_SECRET && p.META_VERIFY_TOKEN
    ? metaWebhook(p.META_APP_SECRET, p.META_VERIFY_TOKEN)
    : undefined;
}

/** A Meta platform: answered and moderated through the Graph API, read back beside the webhook. */
function metaEntry(
  read: (context: PlatformContext, options: ReturnType<typeof catchUp>) => CommentSource,
  moderated: boolean,
): PlatformEntry {
  return {
    clients: (context) => {
      const meta = metaPublisher(context);
      return moderated ? { publisher: meta, finder: meta, moderator: meta } : { publisher: meta };
    },
    reader: (context) => {
      const options = catchUp(context);
      return { source: read(context, options), intervalMs: options.intervalMs };
    },
    webhook,
    probe: probeMeta,
  };
}

export const FACEBOOK = metaEntry((_context, options) => new FacebookCatchUp(options), true);

export const INSTAGRAM = metaEntry((_context, options) => new InstagramCatchUp(options), true);

/**
 * The Messenger and Instagram Direct inboxes, answered with their Page's or Instagram account's token. Messenger
 * offers no way to list the account's own answers: there, a send whose outcome is unknown goes to a person.
 */
export const MESSENGER = metaEntry(
  (context, options) =>
    new InboxCatchUp(options, (id) =>
      context.credentialOwner('messenger', id) === 'instagram' ? 'instagram' : 'messenger',
    ),
  false,
);
