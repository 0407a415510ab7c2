import type { WebhookSource } from '../webhook-source';
import { normaliseXActivity } from './normalise-x-activity';
import { answerXCrc, verifyXSignature } from './verify-x-signature';

/** X's Account Activity API webhook, checked with CRC. */
export function xWebhook(consumerSecret: string): WebhookSource {
  return {
    name: 'x',
    signatureHeader: 'x-twitter-webhooks-signature',
    verify: (raw, signature) => verifyXSignature(raw, signature, consumerSecret),
    normalise: normaliseXActivity,
    handshake: (query) => ({
      contentType: 'application/json',
      body: JSON.stringify(answerXCrc(query.crc_token, consumerSecret)),
    }),
  };
}
