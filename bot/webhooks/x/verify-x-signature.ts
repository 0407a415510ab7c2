import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../services/domain/app-error';
import { handshakeToken, X_CRC_TOKEN } from '../handshake-token';
import { usableSecret } from '../webhook-secret';

function hmacBase64(secret: string, data: Buffer | string): string {
  return createHmac('sha256', secret).update(data).digest('base64');
}

/** x-twitter-webhooks-signature: "sha256=" + base64 HMAC-SHA256 of the raw body with the consumer secret. */
export function verifyXSignature(rawBody: Buffer, header: string | undefined, consumerSecret: string): void {
  const expected = Buffer.from(signXBody(rawBody, usableSecret(consumerSecret)));
  const given = Buffer.from(header?.trim() ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError('webhook_signature_invalid', 'x-twitter-webhooks-signature is missing or wrong');
  }
}

export function signXBody(rawBody: Buffer | string, consumerSecret: string): string {
  return `sha256=${hmacBase64(consumerSecret, rawBody)}`;
}

/**
 * The CRC check X sends at registration and regularly: the token's HMAC, answered within 3 seconds. Only a token of
 * X's shape is signed: the answer is the signature X puts on a delivery whose body is the token.
 */
export function answerXCrc(crcToken: string | undefined, consumerSecret: string): { response_token: string } {
  const token = handshakeToken(crcToken, X_CRC_TOKEN);
  return { response_token: `sha256=${hmacBase64(usableSecret(consumerSecret), token)}` };
}
