import type { WebhookSource } from '../webhook-source';
import { normaliseLinkedIn } from './normalise-linkedin';
import { answerLinkedInChallenge, verifyLinkedInSignature } from './verify-linkedin-signature';

/** LinkedIn's organization social action notifications, validated with challengeCode. */
export function linkedInWebhook(clientSecret: string): WebhookSource {
  return {
    name: 'linkedin',
    signatureHeader: 'x-li-signature',
    verify: (raw, signature) => verifyLinkedInSignature(raw, signature, clientSecret),
    normalise: normaliseLinkedIn,
    handshake: (query) => ({
      contentType: 'application/json',
      body: JSON.stringify(answerLinkedInChallenge(query.challengeCode, clientSecret)),
    }),
  };
}
