import assert from 'node:assert/strict';
import {
  answerLinkedInChallenge,
  signLinkedInBody,
  verifyLinkedInSignature,
} from '../../bot/webhooks/linkedin/verify-linkedin-signature';
import { answerMetaHandshake } from '../../bot/webhooks/meta/meta-webhook';
import { signMetaBody, verifyMetaSignature } from '../../bot/webhooks/meta/verify-meta-signature';
import { answerXCrc, signXBody, verifyXSignature } from '../../bot/webhooks/x/verify-x-signature';

describe('a platform without its secret', () => {
  it('verifies nothing, not even what is signed with the empty key', () => {
    const body = Buffer.from('{"object":"page","entry":[]}');
    assert.throws(() => verifyMetaSignature(body, signMetaBody(body, ''), ''), /webhook|secret/i);
    assert.throws(() => verifyLinkedInSignature(body, signLinkedInBody(body, ''), ''));
    assert.throws(() => verifyXSignature(body, signXBody(body, ''), ''));
    assert.throws(() => answerXCrc('token', ''));
    assert.throws(() => answerLinkedInChallenge('code', ''));
    assert.throws(() =>
      answerMetaHandshake({ 'hub.mode': 'subscribe', 'hub.challenge': '1', 'hub.verify_token': '' }, ''),
    );
  });

  it('compares the Meta verify token exactly, whatever its length', () => {
    const query = (token: string) => ({
      'hub.mode': 'subscribe',
      'hub.challenge': 'c',
      'hub.verify_token': token,
    });
    assert.equal(answerMetaHandshake(query('verify-me'), 'verify-me'), 'c');
    for (const wrong of ['verify-m', 'verify-me!', 'VERIFY-ME', ''])
      assert.throws(() => answerMetaHandshake(query(wrong), 'verify-me'), wrong);
  });
});
