import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createGzip } from 'node:zlib';
import sinon from 'sinon';
import { azurite } from '../support/global-azurite';
import { ALEX, installationAdded } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

const PRODUCTION = {
  MicrosoftAppId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  MicrosoftAppPassword: 'test-app-password',
  MicrosoftAppTenantId: 'f3d5c7a9-1b2d-4e6f-8a0b-c1d2e3f4a5b6',
  HOST: '127.0.0.1',
};

/** A gzip body that inflates to `megabytes` of zeros, made as a stream so the test never holds the inflated bytes. */
async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024, ' ');
  for (let i = 0; i < megabytes; i += 1) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

const uploads = () => readdirSync(tmpdir()).filter((name) => name.startsWith('upload_'));

describe('/api/messages reads its body within bounds before anything else (production mode)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ env: { ...PRODUCTION, TABLES_CONNECTION_STRING: azurite().connectionString } });
  });
  after(() => t.stop(true));

  const post = (body: BodyInit, headers: Record<string, string>) =>
    fetch(`${t.url}/api/messages`, { method: 'POST', headers, body });

  it('refuses a gzip body with 415 without inflating it: the bot’s memory stays where it was', async () => {
    const bomb = await gzipBomb(150);
    assert.ok(bomb.length < 400_000, `the bomb is small on the wire (${bomb.length} bytes)`);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const response = await post(new Uint8Array(bomb), {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
    });
    assert.equal(response.status, 415);
    assert.deepEqual(await response.json(), { error: 'body_encoded' });
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    assert.ok(grown < 40, `RSS grew ${grown.toFixed(1)} MB; inflated it would be 150 MB`);
  });

  it('refuses a multipart upload with 415 and leaves no file behind', async () => {
    const before = uploads();
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(2 * 1024 * 1024, 'a')]), 'upload.bin');
    const response = await fetch(`${t.url}/api/messages`, { method: 'POST', body: form });
    assert.equal(response.status, 415);
    assert.deepEqual(await response.json(), { error: 'body_not_json' });
    assert.deepEqual(uploads(), before, 'no upload spooled to the temp folder');
  });

  it('takes application/json only, and refuses more bytes than the limit as read, whatever the header says', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx', '']) {
      const response = await post('{"type":"message"}', type ? { 'Content-Type': type } : {});
      assert.equal(response.status, 415, type || 'no content type');
    }
    const big = `{"type":"message","text":"${'a'.repeat(1_100_000)}"}`;
    assert.equal((await post(big, { 'Content-Type': 'application/json' })).status, 413);
    // A body sent in chunks has no Content-Length: the limit is counted on what arrives.
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 12; i += 1) controller.enqueue(new Uint8Array(100_000).fill(97));
        controller.close();
      },
    });
    const streamed = await fetch(`${t.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413);
  });

  it('answers JSON that does not parse with 400, echoing nothing of it', async () => {
    const response = await post('{"type":"message","text":"<script>alert(1)</script>"', {
      'Content-Type': 'application/json; charset=utf-8',
    });
    assert.equal(response.status, 400);
    const body = await response.text();
    assert.equal(body, '{"error":"webhook_body_malformed"}');
  });

  it('answers an unauthenticated activity 401 with one log line and no stack trace', async () => {
    const consoleError = sinon.stub(console, 'error');
    try {
      const before = t.logs.length;
      const response = await post(JSON.stringify(installationAdded(t.connector.url, ALEX)), {
        'Content-Type': 'application/json',
      });
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), { error: 'activity_unauthenticated' });
      const lines = t.logs.slice(before);
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0] ?? '', /"event":"http.refused"/);
      assert.doesNotMatch(lines[0] ?? '', /stack|\n\s+at /);
      assert.equal(consoleError.callCount, 0, 'nothing printed by the adapter');
    } finally {
      consoleError.restore();
    }
  });
});

describe('only configured platforms listen', () => {
  let t: TestApp;
  before(async () => {
    // Local defaults carry a LinkedIn and an X secret, but the accounts file has neither platform.
    t = await startTestApp();
  });
  after(() => t.stop(true));

  it('has no webhook route for a platform without an account, so nothing can be delivered there', async () => {
    for (const platform of ['linkedin', 'x', 'telegram']) {
      const posted = await fetch(`${t.url}/api/webhooks/${platform}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      assert.equal(posted.status, 404, platform);
      assert.equal((await fetch(`${t.url}/api/webhooks/${platform}?crc_token=a`)).status, 404, platform);
    }
  });

  it('answers a Meta handshake whose token is given twice with 400, not an error', async () => {
    const response = await fetch(
      `${t.url}/api/webhooks/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=a&hub.verify_token=b`,
    );
    assert.equal(response.status, 400);
  });
});
