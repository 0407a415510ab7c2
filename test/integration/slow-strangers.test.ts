import assert from 'node:assert/strict';
import http from 'node:http';
import { eventually } from '../support/eventually';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

interface Stranger {
  /** The status the bot answered, or 0 when it closed the connection without one. */
  readonly status: Promise<number>;
  close(): void;
}

/** A connection from `from` (a loopback address) that sends a webhook's headers and never its body. */
function bodilessPost(url: string, from: string): Stranger {
  const target = new URL(`${url}/api/webhooks/meta`);
  const request = http.request({
    hostname: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    localAddress: from,
    agent: false,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': '5000',
      'X-Hub-Signature-256': 'sha256=00',
    },
  });
  const status = new Promise<number>((resolve) => {
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
    request.on('close', () => resolve(0));
  });
  request.flushHeaders();
  return { status, close: () => request.destroy() };
}

const readiness = async (url: string) => {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string } };
};

describe('slow strangers on the webhooks', () => {
  let t: TestApp;
  let strangers: Stranger[] = [];
  afterEach(async () => {
    for (const stranger of strangers) stranger.close();
    strangers = [];
    await t.stop(true);
  });

  it('twenty body-less connections do not stop a signed delivery being stored and carded within a second', async () => {
    t = await startTestApp({
      env: {
        WEBHOOK_MAX_IN_FLIGHT: '4',
        WEBHOOK_BODY_TIMEOUT_MS: '3000',
        WEBHOOK_MAX_UNVERIFIED_PER_CLIENT: '8',
      },
    });
    await t.install();
    // Twenty from twenty addresses, and twenty more from one: more than the deliveries being stored may number.
    for (let i = 0; i < 20; i += 1) strangers.push(bodilessPost(t.url, `127.0.0.${10 + i}`));
    const crowd = Array.from({ length: 20 }, () => bodilessPost(t.url, '127.0.0.2'));
    strangers.push(...crowd);
    const refused = (await Promise.all(crowd.slice(8).map((stranger) => stranger.status))).filter(
      (s) => s === 429,
    );
    assert.equal(refused.length, 12, 'one address gets eight places; the rest are refused at once');

    const started = Date.now();
    const answer = await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    assert.equal(answer.status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1), 1000);
    assert.ok(Date.now() - started < 1000, `stored and carded in ${Date.now() - started} ms`);
    assert.equal((await readiness(t.url)).status, 200, 'intake is not starved');

    // The deadline ends each of them: 408, and the connection closed.
    const late = await Promise.all(strangers.slice(0, 28).map((stranger) => stranger.status));
    assert.deepEqual(new Set(late), new Set([408]));
    assert.ok(t.logs.some((line) => line.includes('"code":"webhook_body_timeout"')));
  });

  it('says on /readyz when strangers fill every place, and takes deliveries again once the deadline ends them', async () => {
    t = await startTestApp({ env: { WEBHOOK_BODY_TIMEOUT_MS: '1500', WEBHOOK_MAX_UNVERIFIED: '10' } });
    await t.install();
    for (let i = 0; i < 12; i += 1) strangers.push(bodilessPost(t.url, `127.0.1.${10 + i}`));
    assert.deepEqual(
      await Promise.all(strangers.slice(10).map((stranger) => stranger.status)),
      [503, 503],
      'no place left',
    );
    const starved = await readiness(t.url);
    assert.deepEqual([starved.status, starved.body.status], [503, 'intake_starved']);
    const shed = await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    assert.equal(shed.status, 503, 'refused before it is read: Meta delivers it again');
    assert.ok(shed.headers.get('retry-after'));

    await Promise.all(strangers.slice(0, 10).map((stranger) => stranger.status));
    const again = await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    assert.equal(again.status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
  });
});
