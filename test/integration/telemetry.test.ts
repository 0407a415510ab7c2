import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { stopChild } from '../../bot/local/azurite';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { azurite } from '../support/global-azurite';

interface Envelope {
  name: string;
  data?: { baseType?: string; baseData?: { url?: string; responseCode?: string; name?: string } };
}

describe('OpenTelemetry export to Application Insights', () => {
  let ingestion: Server;
  let bot: ChildProcess | undefined;
  const received: Envelope[] = [];
  const certs = mkdtempSync(path.join(tmpdir(), 'svarsvakten-ingestion-'));

  before(async () => {
    // Application Insights' ingestion endpoint (POST /v2.1/track). The exporter speaks only HTTPS, so it gets a
    // certificate made for this run, which the bot process trusts through NODE_EXTRA_CA_CERTS.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(certs, 'key.pem'),
        '-out',
        path.join(certs, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const tls = {
      key: readFileSync(path.join(certs, 'key.pem')),
      cert: readFileSync(path.join(certs, 'cert.pem')),
    };
    ingestion = createServer(tls, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        if (req.url?.startsWith('/v2.1/track')) {
          const items = text.trim().startsWith('[')
            ? (JSON.parse(text) as Envelope[])
            : text
                .split('\n')
                .filter(Boolean)
                .map((line) => JSON.parse(line) as Envelope);
          received.push(...items);
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
          return;
        }
        res.writeHead(404);
        res.end();
      });
    });
    await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
  });

  after(async () => {
    if (bot) await stopChild(bot);
    ingestion.close();
    rmSync(certs, { recursive: true, force: true });
  });

  it('sends a request trace for each HTTP call when a connection string is configured, without bodies or query strings', async function () {
    // A cold machine compiles the whole bot on its first start: give it time, the check itself is quick.
    this.timeout(60000);
    const port = await freePort();
    const endpoint = `https://127.0.0.1:${(ingestion.address() as AddressInfo).port}/`;
    bot = spawn(process.execPath, ['--import', 'tsx', 'bot/start.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        PLAYGROUND: 'off',
        TABLES_CONNECTION_STRING: azurite().connectionString,
        TABLE_PREFIX: 'telemetry',
        LOG_LEVEL: 'warn',
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=${endpoint}`,
        OTEL_BSP_SCHEDULE_DELAY: '200',
        NODE_EXTRA_CA_CERTS: path.join(certs, 'cert.pem'),
      },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    await eventually(async () => assert.equal((await fetch(`${url}/healthz`)).status, 200), 40000);
    const webhook = await fetch(`${url}/api/webhooks/meta`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ object: 'page', entry: [{ changes: [{ value: { message: 'Hemlig text' } }] }] }),
    });
    assert.equal(webhook.status, 401);
    const handshake = await fetch(
      `${url}/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=local-meta-verify-token&hub.challenge=4711`,
    );
    assert.equal(await handshake.text(), '4711');
    await eventually(() => {
      const requests = received
        .filter((e) => e.data?.baseType === 'RequestData')
        .map((e) => e.data?.baseData);
      assert.ok(requests.some((r) => r?.url?.endsWith('/healthz') && r.responseCode === '200'));
      assert.ok(requests.some((r) => r?.url?.endsWith('/api/webhooks/meta') && r.responseCode === '401'));
      assert.ok(requests.some((r) => r?.url?.endsWith('/api/webhooks/meta') && r.responseCode === '200'));
    }, 20000);
    assert.doesNotMatch(JSON.stringify(received), /Hemlig text/);
    assert.doesNotMatch(JSON.stringify(received), /local-meta-verify-token/, 'no secret from a query string');

    // A comment stored and looked up: the table calls are traced, with no key or filter in their URLs.
    const comment = JSON.stringify({
      object: 'page',
      entry: [
        {
          id: '104857362918475',
          time: 1794296535,
          changes: [
            {
              field: 'feed',
              value: {
                item: 'comment',
                verb: 'add',
                comment_id: '122187654321098765_9900112233',
                post_id: '104857362918475_122187654321098765',
                from: { id: '8734529103847562', name: 'Anna Lindqvist' },
                message: 'En fråga',
                created_time: 1794296533,
              },
            },
          ],
        },
      ],
    });
    const signature = createHmac('sha256', 'local-meta-app-secret').update(comment).digest('hex');
    const stored = await fetch(`${url}/api/webhooks/meta`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': `sha256=${signature}` },
      body: comment,
    });
    assert.equal(stored.status, 200);
    await eventually(() => {
      const tables = received.filter(
        (e) => /RemoteDependency/.test(e.name) && /Key=/.test(JSON.stringify(e)),
      );
      assert.ok(tables.length > 0, 'table calls by key are traced');
    }, 20000);
    const sent = JSON.stringify(received);
    assert.doesNotMatch(sent, /(PartitionKey|RowKey)=(?!redacted)/i, 'no table key leaves the process');
    assert.doesNotMatch(sent, /9900112233|8734529103847562/, 'no platform id leaves the process');
  });
});
