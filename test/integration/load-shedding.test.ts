import assert from 'node:assert/strict';
import { azuriteConnectionString } from '../../bot/local/azurite';
import { startCountingProxy } from '../support/counting-proxy';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

describe('load shedding: webhooks pushed back instead of queued in memory', () => {
  let t: TestApp;
  let proxy: Awaited<ReturnType<typeof startCountingProxy>>;
  afterEach(async () => {
    proxy.release();
    await t.stop(true);
    await proxy.close();
  });

  it('answers 503 with Retry-After beyond the bound, says so on /readyz, and loses nothing it acknowledged', async () => {
    // Storage that stops answering keeps verified deliveries in flight: they are what the bound counts.
    proxy = await startCountingProxy({ port: azurite().port });
    t = await startTestApp({
      connectionString: azuriteConnectionString(proxy.port, azurite().blobPort),
      env: { WEBHOOK_MAX_IN_FLIGHT: '2', WEBHOOK_RETRY_AFTER_SECONDS: '7', WEBHOOK_TARGET_ACK_MS: '0' },
    });
    await t.install();
    proxy.hold();
    const first = t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    const second = t.postMeta(fixtureBytes('facebook-feed-batched.json'));
    await eventually(async () => {
      const ready = (await (await fetch(`${t.url}/readyz`)).json()) as { status: string; inFlight: number };
      assert.deepEqual([ready.status, ready.inFlight], ['overloaded', 2]);
    }, 10_000);

    const shed = await t.postMeta(fixtureBytes('facebook-feed-comment-offensive-add.json'));
    assert.equal(shed.status, 503);
    assert.equal(shed.headers.get('retry-after'), '7');
    assert.deepEqual(await shed.json(), { error: 'overloaded' });

    proxy.release();
    assert.deepEqual(
      await Promise.all([first, second].map(async (answer) => (await answer).status)),
      [200, 200],
    );
    await eventually(async () => assert.equal((await fetch(`${t.url}/readyz`)).status, 200));
    const again = await t.postMeta(fixtureBytes('facebook-feed-comment-offensive-add.json'));
    assert.equal(again.status, 200, 'delivered again after Retry-After, it is taken');
    const stored = await t.store.listOpen();
    assert.ok(stored.length >= 4, `every acknowledged comment is stored (${stored.length})`);
    assert.ok(t.logs.some((line) => line.includes('webhook.shed')));
  });
});
