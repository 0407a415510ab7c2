import { AppError } from '../../../services/domain/app-error';
import type { WebhookSource } from '../webhook-source';
import { sameText, usableSecret } from '../webhook-secret';
import { normaliseMetaFeed } from './normalise-meta-feed';
import { normaliseMetaInstagram } from './normalise-meta-instagram';
import { normaliseMetaMessaging } from './normalise-meta-messaging';
import { verifyMetaSignature } from './verify-meta-signature';

/** GET handshake: hub.mode=subscribe with our verify token → the challenge as plain text. */
export function answerMetaHandshake(query: Record<string, string | undefined>, verifyToken: string): string {
  const challenge = query['hub.challenge'];
  const given = query['hub.verify_token'] ?? '';
  if (query['hub.mode'] !== 'subscribe' || !sameText(given, usableSecret(verifyToken)) || !challenge) {
    throw new AppError('webhook_verify_token_invalid', 'The verify token does not match');
  }
  return challenge;
}

/** Meta's one webhook for Facebook Page feeds, Instagram comments and Messenger. */
export function metaWebhook(appSecret: string, verifyToken: string): WebhookSource {
  return {
    name: 'meta',
    signatureHeader: 'x-hub-signature-256',
    verify: (raw, signature) => verifyMetaSignature(raw, signature, appSecret),
    normalise: (body, receivedAt) => [
      ...normaliseMetaFeed(body),
      ...normaliseMetaMessaging(body),
      ...normaliseMetaInstagram(body, receivedAt),
    ],
    handshake: (query) => ({ contentType: 'text/plain', body: answerMetaHandshake(query, verifyToken) }),
  };
}
