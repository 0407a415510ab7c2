import { AppError } from '../../services/domain/app-error';
import { InboxDrain } from '../../services/app/ingest/inbox-drain';
import type { EventIngester } from '../../services/app/ingest/ingest-events';
import type { DeliveryInbox } from '../../services/ports/delivery-inbox';
import type { Clock, IngestPriority, Log, Scheduler } from '../../services/ports/index';
import type { Config } from '../config/config-shape';
import { parseJsonObject } from '../http/parse-json-object';
import type { DeliveryIntake } from '../webhooks/receive-delivery';
import type { WebhookSource } from '../webhooks/webhook-source';

/** The webhooks' intake: deliveries held in the inbox, acknowledged, and ingested from there. */
export function wireInbox(
  config: Config,
  parts: {
    readonly inbox: DeliveryInbox;
    readonly webhooks: readonly WebhookSource[];
    readonly ingester: EventIngester;
    readonly clock: Clock;
    readonly logger: Log;
    readonly schedule: Scheduler;
    readonly priority: IngestPriority;
  },
): { drain: InboxDrain; deliveries: DeliveryIntake & { behind(): boolean } } {
  const { inbox, webhooks, ingester } = parts;
  const drain = new InboxDrain({
    ...parts,
    // A held delivery is read again as it was when acknowledged; one of a webhook no longer configured stays held.
    eventsOf: (held) => {
      const source = webhooks.find((candidate) => candidate.name === held.source);
      if (!source)
        throw new AppError(
          'webhook_not_configured',
          'The delivery came through a webhook not configured now',
        );
      return source.normalise(parseJsonObject(held.body), held.receivedAt);
    },
    intervalMs: config.inboxIntervalMs,
  });
  return { drain, deliveries: { ingester, inbox, drain, behind: () => drain.behind() } };
}
