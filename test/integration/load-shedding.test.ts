import assert from 'node:assert/strict';
import http from 'node:http';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import { eventually } from '../support/eventually';
import { fixtureBytes, META_APP_SECRET, startTestApp, type TestApp } from '../support/test-app';

/** A webhook delivery whose body is still arriving: it counts as work in flight until `finish` sends the rest. */
function slowDelivery(url: string, body: Buffer): { finish(): Promise<number> } {
  const target = new URL(`${url}/api/webhooks/meta`);
  const request = http.request({
    hostname: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(body.length),
      'X-Hub-Signature-256': signMetaBody(body, META_APP_SECRET),
    },
  });
  const status = new Promise<number>((resolve, reject) => {
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
  request.write(body.subarray(0, 10));
  return {
    finish() {
      request.end(body.subarray(10));
      return status;
    },
  };
}

describe('load shedding: webhooks pushed back instead of queued in memory', () => {
  let t: TestApp;
  afterEach(() => t.stop(true));

  it('answers 503 with Retry-After beyond the bound, says so on /readyz, and loses nothing it acknowledged', async () => {
    t = await startTestApp({ env: { WEBHOOK_MAX_IN_FLIGHT: '2', WEBHOOK_RETRY_AFTER_SECONDS: '7' } });
    await t.install();
    const first = slowDelivery(t.url, fixtureBytes('facebook-feed-comment-add.json'));
    const second = slowDelivery(t.url, fixtureBytes('facebook-feed-batched.json'));
    await eventually(async () => assert.equal((await fetch(`${t.url}/readyz`)).status, 503));
    const ready = (await (await fetch(`${t.url}/readyz`)).json()) as { status: string; inFlight: number };
    assert.deepEqual([ready.status, ready.inFlight], ['overloaded', 2]);

    const shed = await t.postMeta(fixtureBytes('facebook-feed-comment-offensive-add.json'));
    assert.equal(shed.status, 503);
    assert.equal(shed.headers.get('retry-after'), '7');
    assert.deepEqual(await shed.json(), { error: 'overloaded' });

    assert.deepEqual(await Promise.all([first.finish(), second.finish()]), [200, 200]);
    await eventually(async () => assert.equal((await fetch(`${t.url}/readyz`)).status, 200));
    const again = await t.postMeta(fixtureBytes('facebook-feed-comment-offensive-add.json'));
    assert.equal(again.status, 200, 'delivered again after Retry-After, it is taken');
    const stored = await t.store.listOpen();
    assert.ok(stored.length >= 4, `every acknowledged comment is stored (${stored.length})`);
    assert.ok(t.logs.some((line) => line.includes('webhook.shed')));
  });
});
