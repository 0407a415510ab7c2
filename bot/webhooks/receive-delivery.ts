import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { EventIngester, IngestResult } from '../../services/app/ingest-events';
import { parseJsonObject } from '../http/parse-json-object';
import type { WebhookSource } from './webhook-source';

/**
 * A webhook delivery from any platform: the signature on the raw bytes first (401, nothing stored, when wrong),
 * then strict parsing, the platform's normaliser, and storing — acknowledged only once it is stored.
 */
export async function receiveDelivery(
  source: WebhookSource,
  ingester: EventIngester,
  parentLogger: Logger,
  rawBody: Buffer,
  signature: string | undefined,
  receivedAt: string,
): Promise<IngestResult> {
  const logger = parentLogger.child({ delivery: randomUUID(), platform: source.name });
  try {
    source.verify(rawBody, signature);
  } catch (error) {
    logger.warn({ event: 'webhook.rejected', code: 'webhook_signature_invalid' }, 'signature check failed');
    throw error;
  }
  const result = await ingester.ingest(source.normalise(parseJsonObject(rawBody), receivedAt), logger);
  logger.info({ event: 'webhook.accepted', ...result }, 'delivery stored');
  return result;
}
