import { randomUUID } from 'node:crypto';
import type { Logger } from '../wiring/logger';
import type { EventIngester, IngestResult } from '../../services/app/ingest/ingest-events';
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

/**
 * Second step, for a verified delivery: strict parsing, the platform's normaliser, and storing. The route
 * acknowledges it only once this has returned: stored.
 */
export async function storeDelivery(
  delivery: VerifiedDelivery,
  ingester: EventIngester,
  receivedAt: string,
): Promise<IngestResult> {
  const { source, rawBody, logger } = delivery;
  const result = await ingester.ingest(source.normalise(parseJsonObject(rawBody), receivedAt), logger);
  logger.info({ event: 'webhook.accepted', ...result }, 'delivery stored');
  return result;
}
