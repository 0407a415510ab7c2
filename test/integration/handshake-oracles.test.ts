import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const secrets = (
  JSON.parse(readFileSync(path.join(FIXTURES, 'webhook-deliveries.json'), 'utf8')) as {
    test_secrets: Record<string, string>;
  }
).test_secrets;

/** A resident's reply to the city on X, as an attacker would write it: compact JSON, any text and name. */
const FORGED_TWEET = JSON.stringify(JSON.parse(fixtureBytes('x-tweet-create-reply.json').toString('utf8')));
/** A LinkedIn comment short enough for a 200-character challenge code. */
const FORGED_LINKEDIN = JSON.stringify({
  notifications: [
    {
      action: 'COMMENT',
      organizationalEntity: 'urn:li:organization:10485736',
      decoratedGeneratedActivity: { comment: { owner: 'p', text: 'Falskt!', entity: 'c' } },
    },
  ],
});

describe('handshakes that sign nothing an attacker chooses', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        X_WEBHOOK: 'on',
        X_CONSUMER_SECRET: secrets.X_CONSUMER_SECRET ?? '',
        LINKEDIN_CLIENT_SECRET: secrets.LI_CLIENT_SECRET ?? '',
      },
    });
    await t.install();
  });
  after(() => t.stop(true));

  const handshake = (platform: string, name: string, value: string) =>
    fetch(`${t.url}/api/webhooks/${platform}?${new URLSearchParams({ [name]: value }).toString()}`);

  it('refuses a CRC token that is a delivery, and a delivery signed with what came back is 401 and stores nothing', async () => {
    const answer = await handshake('x', 'crc_token', FORGED_TWEET);
    assert.equal(answer.status, 400);
    const body = (await answer.json()) as { response_token?: string; error?: string };
    assert.equal(body.response_token, undefined, 'nothing signed');
    assert.equal(body.error, 'webhook_handshake_refused');
    const forged = await fetch(`${t.url}/api/webhooks/x`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Twitter-Webhooks-Signature': body.response_token ?? 'sha256=',
      },
      body: FORGED_TWEET,
    });
    assert.equal(forged.status, 401);
    assert.deepEqual(await t.store.listOpen(), [], 'nothing stored');
  });

  it('refuses CRC tokens and challenge codes of any shape but the platforms’ own', async () => {
    for (const token of [
      '{"a":1}',
      ' {}',
      'kort',
      'a'.repeat(129),
      '12345678901234567890',
      'ab cd ef gh ij kl mn',
    ]) {
      assert.equal((await handshake('x', 'crc_token', token)).status, 400, `crc_token ${token.slice(0, 20)}`);
    }
    for (const code of [
      `hmacsha256=${FORGED_LINKEDIN}`,
      'hmacsha256=',
      '7a3e5c1b9f2d4e8ab6c0d4f1e2a39b57',
      'x',
    ]) {
      assert.equal((await handshake('linkedin', 'challengeCode', code)).status, 400, `challengeCode ${code}`);
    }
    // What the platforms send is still answered: X's tokens (a UUID, base64url) and LinkedIn's UUID.
    for (const token of [
      '9b4507b3-9040-4669-9ca3-6b94edb50553',
      'MTczMDAwMDAwMDAwMA_-abc',
      'OWFiNmRiNjEtM2MzMy00NzQ0LWJmMjE=',
    ]) {
      assert.equal((await handshake('x', 'crc_token', token)).status, 200, `crc_token ${token}`);
    }
    assert.equal(
      (await handshake('linkedin', 'challengeCode', '7A3E5C1B-9F2D-4E8A-B6C0-D4F1E2A39B57')).status,
      200,
    );
  });

  it('refuses a challenge code carrying the signature prefix, so a LinkedIn body signed that way is 401', async () => {
    assert.ok(`hmacsha256=${FORGED_LINKEDIN}`.length <= 200, 'short enough for the old cap');
    const answer = await handshake('linkedin', 'challengeCode', `hmacsha256=${FORGED_LINKEDIN}`);
    assert.equal(answer.status, 400);
    const body = (await answer.json()) as { challengeResponse?: string };
    const forged = await fetch(`${t.url}/api/webhooks/linkedin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-LI-Signature': body.challengeResponse ?? '' },
      body: FORGED_LINKEDIN,
    });
    assert.equal(forged.status, 401);
    assert.deepEqual(await t.store.listOpen(), [], 'nothing stored');
  });

  it('logs each handshake and refusal by event, never with the token', async () => {
    await handshake('x', 'crc_token', '9b4507b3-9040-4669-9ca3-6b94edb50553');
    await handshake('x', 'crc_token', '{"secret-looking":"token"}');
    const lines = t.logs.filter((line) => line.includes('"event":"webhook.handshake'));
    assert.ok(lines.some((line) => line.includes('"event":"webhook.handshake"')));
    assert.ok(lines.some((line) => line.includes('"event":"webhook.handshake_refused"')));
    assert.ok(
      t.logs.every((line) => !line.includes('9b4507b3') && !line.includes('secret-looking')),
      'no token in any log line',
    );
  });
});

describe('the X webhook route', () => {
  it('does not exist while only polling is set up, even with a consumer secret', async () => {
    const t = await startTestApp({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        X_CONSUMER_SECRET: 'a-secret-for-polling-only',
      },
    });
    try {
      const crc = await fetch(`${t.url}/api/webhooks/x?crc_token=9b4507b3-9040-4669-9ca3-6b94edb50553`);
      assert.equal(crc.status, 404);
      const post = await fetch(`${t.url}/api/webhooks/x`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      assert.equal(post.status, 404);
    } finally {
      await t.stop(true);
    }
  });
});
