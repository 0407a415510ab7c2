import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../services/domain/app-error';
import { handshakeToken, LINKEDIN_CHALLENGE_CODE } from '../handshake-token';
import { usableSecret } from '../webhook-secret';

/** X-LI-Signature: hex HMAC-SHA256 with the client secret over "hmacsha256=" + the raw body. Checked before parsing. */
export function verifyLinkedInSignature(
  rawBody: Buffer,
  header: string | undefined,
  clientSecret: string,
): void {
  const expected = signLinkedInBody(rawBody, usableSecret(clientSecret));
  const given = /^[0-9a-f]{64}$/i.test(header?.trim() ?? '') ? Buffer.from(header!.trim(), 'hex') : undefined;
  if (!given || !timingSafeEqual(given, Buffer.from(expected, 'hex'))) {
    throw new AppError('webhook_signature_invalid', 'X-LI-Signature is missing or wrong');
  }
}

export function signLinkedInBody(rawBody: Buffer | string, clientSecret: string): string {
  return createHmac('sha256', clientSecret)
    .update(
      Buffer.concat([Buffer.from('hmacsha256='), Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody)]),
    )
    .digest('hex');
}

/**
 * The validation LinkedIn sends when a webhook is registered (and every few hours): hex HMAC of the code. Only a
 * UUID is signed: a code of `hmacsha256=` + a body would get that body's delivery signature.
 */
export function answerLinkedInChallenge(code: string | undefined, clientSecret: string) {
  const challengeCode = handshakeToken(code, LINKEDIN_CHALLENGE_CODE);
  return {
    challengeCode,
    challengeResponse: createHmac('sha256', usableSecret(clientSecret)).update(challengeCode).digest('hex'),
  };
}
