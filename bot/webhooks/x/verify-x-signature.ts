import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../services/domain/app-error';
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

/** The CRC check X sends at registration and regularly: the token's HMAC, answered within 3 seconds. */
export function answerXCrc(crcToken: string | undefined, consumerSecret: string): { response_token: string } {
  if (!crcToken || crcToken.length > 200) throw new AppError('webhook_verify_token_invalid', 'No crc_token');
  return { response_token: `sha256=${hmacBase64(usableSecret(consumerSecret), crcToken)}` };
}
