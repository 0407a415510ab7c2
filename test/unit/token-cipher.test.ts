import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { TokenCipher } from '../../services/adapters/credentials/token-cipher';
import { isAppError } from '../../services/domain/app-error';

const key = () => randomBytes(32).toString('base64');
const ROW = 'access|youtube%3AUCk3P9xQ2mR7tV1wY4zB8nLe';

describe('sealing tokens at rest', () => {
  it('opens what it sealed, and never shows the token in the sealed text', () => {
    const cipher = new TokenCipher(key());
    const sealed = cipher.seal('ya29.a0-secret-access-token', ROW);
    assert.equal(sealed.includes('secret'), false);
    assert.equal(cipher.open(sealed, ROW), 'ya29.a0-secret-access-token');
    assert.notEqual(cipher.seal('ya29.a0-secret-access-token', ROW), sealed, 'a fresh nonce each time');
  });

  it('refuses a sealed token moved to another row or altered', () => {
    const cipher = new TokenCipher(key());
    const sealed = cipher.seal('token', ROW);
    assert.throws(
      () => cipher.open(sealed, 'access|x%3A1329847561029384192'),
      (e) => isAppError(e, 'credential_unreadable'),
    );
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tokem').toString('base64url');
    assert.throws(
      () => cipher.open(parts.join('.'), ROW),
      (e) => isAppError(e, 'credential_unreadable'),
    );
  });

  it('still opens tokens sealed under the previous key after a rotation, and not once that key is dropped', () => {
    const [older, newer] = [key(), key()];
    const sealed = new TokenCipher(older).seal('token', ROW);
    const rotated = new TokenCipher(newer, older);
    assert.equal(rotated.open(sealed, ROW), 'token');
    assert.equal(rotated.keyOf(sealed), 'previous');
    assert.equal(rotated.keyOf(rotated.seal('token', ROW)), 'current');
    assert.equal(new TokenCipher(newer).keyOf(sealed), 'unknown');
    assert.throws(
      () => new TokenCipher(newer).open(sealed, ROW),
      (e) => isAppError(e, 'credential_unreadable'),
    );
  });

  it('refuses a key that is not 256 bits', () => {
    assert.throws(() => new TokenCipher(randomBytes(16).toString('base64')), /32 bytes/);
  });
});
