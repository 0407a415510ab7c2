import { AppError } from '../../services/domain/app-error';

/**
 * The shape of a token a platform's handshake may ask us to sign. X's CRC answer and LinkedIn's challenge answer
 * are HMACs under the same secret as the delivery signatures, so a handshake that signed whatever it was given would
 * sign forged deliveries: X signs a delivery's raw body, which is a JSON object, and LinkedIn signs
 * `hmacsha256=` + the body. Only tokens of the platform's own shape are answered; none can start a JSON object or
 * carry the `hmacsha256=` prefix.
 */
export interface HandshakeTokenShape {
  readonly name: string;
  readonly pattern: RegExp;
}

/**
 * X's `crc_token`: an opaque token (UUIDs and base64 or base64url texts are what X sends), 16 to 128 characters
 * of letters, digits and `-_=+/.~`. No brace, quote, colon or space: nothing a delivery's JSON can be.
 */
export const X_CRC_TOKEN: HandshakeTokenShape = {
  name: 'crc_token',
  pattern: /^[A-Za-z0-9\-_=+/.~]{16,128}$/,
};

/** LinkedIn's `challengeCode`: a UUID ("type-4 UUID" in LinkedIn's webhook validation guide). */
export const LINKEDIN_CHALLENGE_CODE: HandshakeTokenShape = {
  name: 'challengeCode',
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

function parsesAsJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** The token, when it has the platform's shape; otherwise AppError 'webhook_handshake_refused' (400). */
export function handshakeToken(value: string | undefined, shape: HandshakeTokenShape): string {
  // A token that parses as JSON (digits only, say) could be part of no delivery, but is never signed either.
  if (value === undefined || !shape.pattern.test(value) || parsesAsJson(value)) {
    throw new AppError(
      'webhook_handshake_refused',
      `${shape.name} is missing or not of the platform's shape`,
    );
  }
  return value;
}
