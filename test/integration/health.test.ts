import assert from 'node:assert/strict';
import { freePort } from '../support/free-port';
import { startTestApp } from '../support/test-app';
import { azuriteConnectionString, startAzurite } from '../../bot/local/azurite';

describe('health endpoints', () => {
  it('says alive and ready while storage answers', async () => {
    const t = await startTestApp();
    try {
      assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
      const ready = await fetch(`${t.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready' });
    } finally {
      await t.stop(true);
    }
  });

  it('says not ready, and answers webhooks 503 so Meta retries, while storage is down', async () => {
    const port = await freePort();
    const azurite = await startAzurite({ port });
    const t = await startTestApp({ connectionString: azuriteConnectionString(port) });
    try {
      await azurite.stop();
      const ready = await fetch(`${t.url}/readyz`);
      assert.equal(ready.status, 503);
      const webhook = await t.postMeta(
        '{"object":"page","entry":[{"id":"104857362918475","time":1,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"104857362918475_2","post_id":"104857362918475_1","from":{"id":"5","name":"X"},"message":"hej","created_time":1794296533}}]}]}',
      );
      assert.equal(webhook.status, 503);
    } finally {
      await t.stop(true);
      await azurite.stop();
    }
  });

  it('answers 400, not an error, to a Bot Framework call that is not an activity', async () => {
    const t = await startTestApp();
    try {
      for (const body of [
        '{}',
        '[]',
        '{"type":5}',
        'null',
        '{"type":"message"}',
        '{"type":"invoke","name":"adaptiveCard/action"}',
        '{"type":"message","conversation":5,"from":"x"}',
      ]) {
        const response = await fetch(`${t.url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        assert.equal(response.status, 400, body);
      }
    } finally {
      await t.stop(true);
    }
  });
});
