import { randomUUID } from 'node:crypto';
import { AppError } from '../../../services/domain/app-error';
import type { Logger } from '../../logger';
import type { EventIngester, IngestResult } from '../ingest-events';
import { parseJsonObject } from '../read-raw-body';
import { normaliseMetaFeed } from './normalise-meta-feed';
import { normaliseMetaInstagram } from './normalise-meta-instagram';
import { normaliseMetaMessaging } from './normalise-meta-messaging';
import { verifyMetaSignature } from './verify-meta-signature';

export interface MetaWebhookDeps {
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly ingester: EventIngester;
  readonly logger: Logger;
}

/** GET handshake: hub.mode=subscribe with our verify token → the challenge as plain text. */
export function answerMetaHandshake(query: Record<string, string | undefined>, verifyToken: string): string {
  const challenge = query['hub.challenge'];
  if (query['hub.mode'] !== 'subscribe' || query['hub.verify_token'] !== verifyToken || !challenge) {
    throw new AppError('webhook_verify_token_invalid', 'The verify token does not match');
  }
  return challenge;
}

/** POST delivery: signature on the raw bytes first, then parse, normalise and store. */
export async function receiveMetaDelivery(
  deps: MetaWebhookDeps,
  rawBody: Buffer,
  signature: string | undefined,
): Promise<IngestResult> {
  const logger = deps.logger.child({ delivery: randomUUID(), platform: 'meta' });
  try {
    verifyMetaSignature(rawBody, signature, deps.appSecret);
  } catch (error) {
    logger.warn({ event: 'webhook.rejected', code: 'webhook_signature_invalid' }, 'signature check failed');
    throw error;
  }
  const body = parseJsonObject(rawBody);
  const events = [
    ...normaliseMetaFeed(body),
    ...normaliseMetaMessaging(body),
    ...normaliseMetaInstagram(body),
  ];
  const result = await deps.ingester.ingest(events, logger);
  logger.info({ event: 'webhook.accepted', ...result }, 'delivery stored');
  return result;
}
