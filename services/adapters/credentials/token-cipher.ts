import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../domain/app-error';

const VERSION = 'v1';

/** A 256-bit key and the short id that names it in every text it sealed, so a rotated key can still open old ones. */
interface NamedKey {
  readonly id: string;
  readonly key: Buffer;
}

function namedKey(base64: string, setting: string): NamedKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) {
    throw new AppError('config_invalid', `${setting} must be 32 bytes in base64 (openssl rand -base64 32)`);
  }
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
}

/**
 * Seals tokens for storage with AES-256-GCM: a fresh 96-bit nonce each time, and the row they belong to as
 * associated data, so a sealed token copied into another account's row does not open. New texts are sealed under
 * the current key; texts sealed under the previous key still open, and are sealed anew on their next write.
 */
export class TokenCipher {
  private readonly current: NamedKey;
  private readonly keys = new Map<string, Buffer>();

  constructor(currentKey: string, previousKey?: string) {
    this.current = namedKey(currentKey, 'TOKEN_KEY');
    this.keys.set(this.current.id, this.current.key);
    if (previousKey) {
      const previous = namedKey(previousKey, 'TOKEN_KEY_PREVIOUS');
      this.keys.set(previous.id, previous.key);
    }
  }

  get keyId(): string {
    return this.current.id;
  }

  seal(plain: string, boundTo: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, nonce);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, this.current.id, nonce, sealed, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The plain text; throws `credential_unreadable` when the key is unknown or the text was altered. */
  open(sealed: string, boundTo: string): string {
    const [version, keyId, nonce, body, tag] = sealed.split('.');
    const key = keyId ? this.keys.get(keyId) : undefined;
    if (version !== VERSION || !key || nonce === undefined || body === undefined || tag === undefined) {
      throw new AppError(
        'credential_unreadable',
        'A stored token was sealed under a key this process lacks',
        {
          keyId: keyId ?? '',
        },
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new AppError('credential_unreadable', 'A stored token does not open: altered or misplaced');
    }
  }

  /** Under which key a sealed text is: the current one, the previous one (sealed anew by the watch), or neither. */
  keyOf(sealed: string): 'current' | 'previous' | 'unknown' {
    const keyId = sealed.split('.')[1] ?? '';
    if (keyId === this.current.id) return 'current';
    return this.keys.has(keyId) ? 'previous' : 'unknown';
  }
}
