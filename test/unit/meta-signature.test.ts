import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isAppError } from '../../services/domain/app-error';
import { signMetaBody, verifyMetaSignature } from '../../bot/webhooks/meta/verify-meta-signature';
import { FIXTURES, META_APP_SECRET } from '../support/test-app';

const deliveries = JSON.parse(readFileSync(path.join(FIXTURES, 'webhook-deliveries.json'), 'utf8')) as {
  deliveries: Record<string, { headers: Record<string, string>; secret_used: string }>;
};
const metaFiles = Object.entries(deliveries.deliveries).filter(
  ([, d]) => d.secret_used === 'META_APP_SECRET',
);

describe('verifyMetaSignature', () => {
  it('accepts the signature Meta sent with every recorded delivery', () => {
    assert.ok(metaFiles.length >= 8);
    for (const [file, delivery] of metaFiles) {
      const raw = readFileSync(path.join(FIXTURES, file));
      assert.doesNotThrow(
        () => verifyMetaSignature(raw, delivery.headers['X-Hub-Signature-256'], META_APP_SECRET),
        file,
      );
    }
  });

  it('refuses a body changed by one byte, another secret, a missing header and the legacy sha1 header', () => {
    const [file, delivery] = metaFiles[0] ?? ['', { headers: {} as Record<string, string> }];
    const raw = readFileSync(path.join(FIXTURES, file));
    const header = delivery.headers['X-Hub-Signature-256'];
    const changed = Buffer.from(raw);
    changed[10] = (changed[10] ?? 0) ^ 1;
    const refusals = [
      () => verifyMetaSignature(changed, header, META_APP_SECRET),
      () => verifyMetaSignature(raw, header, 'another-secret'),
      () => verifyMetaSignature(raw, undefined, META_APP_SECRET),
      () => verifyMetaSignature(raw, delivery.headers['X-Hub-Signature'], META_APP_SECRET),
      () => verifyMetaSignature(raw, 'sha256=abc', META_APP_SECRET),
    ];
    for (const refusal of refusals) {
      assert.throws(refusal, (error) => isAppError(error, 'webhook_signature_invalid'));
    }
  });

  it('signs as Meta does, so the demo and tests send what Meta would', () => {
    const [file, delivery] = metaFiles[0] ?? ['', { headers: {} as Record<string, string> }];
    assert.equal(
      signMetaBody(readFileSync(path.join(FIXTURES, file)), META_APP_SECRET),
      delivery.headers['X-Hub-Signature-256'],
    );
  });
});
