import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../services/domain/app-error';
import { usableSecret } from '../webhook-secret';

/** X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw body with the app secret. Checked before parsing. */
export function verifyMetaSignature(rawBody: Buffer, header: string | undefined, appSecret: string): void {
  const expected = createHmac('sha256', usableSecret(appSecret)).update(rawBody).digest();
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  const given = match?.[1] ? Buffer.from(match[1], 'hex') : undefined;
  if (!given || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError('webhook_signature_invalid', 'X-Hub-Signature-256 is missing or wrong');
  }
}

export function signMetaBody(rawBody: Buffer | string, appSecret: string): string {
  return 'sha256=' + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}
