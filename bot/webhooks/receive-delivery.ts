import { randomUUID } from 'node:crypto';
import type { Logger } from '../wiring/logger';
import type { EventIngester } from '../../services/app/ingest/ingest-events';
import type { InboxDrain } from '../../services/app/ingest/inbox-drain';
import type { DeliveryInbox } from '../../services/ports/delivery-inbox';
import { parseJsonObject } from '../http/parse-json-object';
import type { WebhookSource } from './webhook-source';

/** A delivery whose signature was checked: its bytes and the logger tagged with its delivery id. */
export interface VerifiedDelivery {
  readonly source: WebhookSource;
  readonly rawBody: Buffer;
  readonly logger: Logger;
}

/**
 * A webhook delivery from any platform, first step: the signature on the raw bytes (AppError
 * 'webhook_signature_invalid', 401, nothing stored, when wrong). Nothing is parsed before it.
 */
export function verifyDelivery(
  source: WebhookSource,
  parentLogger: Logger,
  rawBody: Buffer,
  signature: string | undefined,
): VerifiedDelivery {
  const logger = parentLogger.child({ delivery: randomUUID(), platform: source.name });
  try {
    source.verify(rawBody, signature);
  } catch (error) {
    logger.warn({ event: 'webhook.rejected', code: 'webhook_signature_invalid' }, 'signature check failed');
    throw error;
  }
  return { source, rawBody, logger };
}

/** Where a verified delivery goes: held in the inbox and ingested from there, or ingested at once if too large. */
export interface DeliveryIntake {
  readonly ingester: Pick<EventIngester, 'ingest'>;
  readonly inbox: DeliveryInbox;
  readonly drain: Pick<InboxDrain, 'take'>;
}

/**
 * Second step, for a verified delivery: strict parsing and the platform's normaliser (a body that fails them is
 * refused, nothing stored), then holding its bytes in the inbox. The route acknowledges it once this has returned:
 * stored. Its comments are stored from there right after (services/app/ingest/inbox-drain.ts). A body larger than
 * the inbox holds is ingested before this returns instead.
 */
export async function acceptDelivery(
  delivery: VerifiedDelivery,
  intake: DeliveryIntake,
  receivedAt: string,
): Promise<void> {
  const { source, rawBody, logger } = delivery;
  const events = source.normalise(parseJsonObject(rawBody), receivedAt);
  if (rawBody.length > intake.inbox.maxBodyBytes) {
    const result = await intake.ingester.ingest(events, logger);
    logger.info({ event: 'webhook.accepted', ...result }, 'delivery stored');
    return;
  }
  const held = await intake.inbox.hold({ source: source.name, receivedAt, body: rawBody });
  logger.info({ event: 'webhook.accepted', held: true, events: events.length }, 'delivery held');
  intake.drain.take(held, events, logger);
}
