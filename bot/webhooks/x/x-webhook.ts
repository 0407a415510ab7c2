import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logger';
import type { EventIngester, IngestResult } from '../ingest-events';
import { parseJsonObject } from '../read-raw-body';
import { normaliseXActivity } from './normalise-x-activity';
import { verifyXSignature } from './verify-x-signature';

export interface XWebhookDeps {
  readonly consumerSecret: string;
  readonly ingester: EventIngester;
  readonly logger: Logger;
}

/** POST delivery: the signature on the raw bytes first, then parse, normalise and store. */
export async function receiveXDelivery(
  deps: XWebhookDeps,
  rawBody: Buffer,
  signature: string | undefined,
): Promise<IngestResult> {
  const logger = deps.logger.child({ delivery: randomUUID(), platform: 'x' });
  try {
    verifyXSignature(rawBody, signature, deps.consumerSecret);
  } catch (error) {
    logger.warn({ event: 'webhook.rejected', code: 'webhook_signature_invalid' }, 'signature check failed');
    throw error;
  }
  const result = await deps.ingester.ingest(normaliseXActivity(parseJsonObject(rawBody)), logger);
  logger.info({ event: 'webhook.accepted', ...result }, 'delivery stored');
  return result;
}
