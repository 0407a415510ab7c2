import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logger';
import type { EventIngester, IngestResult } from '../ingest-events';
import { parseJsonObject } from '../read-raw-body';
import { normaliseLinkedIn } from './normalise-linkedin';
import { verifyLinkedInSignature } from './verify-linkedin-signature';

export interface LinkedInWebhookDeps {
  readonly clientSecret: string;
  readonly ingester: EventIngester;
  readonly logger: Logger;
}

/** POST delivery: X-LI-Signature on the raw bytes first, then parse, normalise and store. */
export async function receiveLinkedInDelivery(
  deps: LinkedInWebhookDeps,
  rawBody: Buffer,
  signature: string | undefined,
): Promise<IngestResult> {
  const logger = deps.logger.child({ delivery: randomUUID(), platform: 'linkedin' });
  try {
    verifyLinkedInSignature(rawBody, signature, deps.clientSecret);
  } catch (error) {
    logger.warn({ event: 'webhook.rejected', code: 'webhook_signature_invalid' }, 'signature check failed');
    throw error;
  }
  const result = await deps.ingester.ingest(normaliseLinkedIn(parseJsonObject(rawBody)), logger);
  logger.info({ event: 'webhook.accepted', ...result }, 'delivery stored');
  return result;
}
