/* Svarsvakten's benchmark: `npm run bench`. Prints a table and writes bench/results.json. Loopback only. */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TableClient } from '@azure/data-tables';
import { metaCommentDelivery } from '../bot/demo/meta-comment-delivery';
import { startAzurite, stopChild } from '../bot/local/azurite';
import { signMetaBody } from '../bot/webhooks/meta/verify-meta-signature';
import { measureReminderSweep } from './reminder-sweep';
import { peakRssMb, percentile, round, SECRET, startBot } from './bench-process';
import { startFakeBotConnector } from '../test/fakes/bot-connector';
import { freePort } from '../test/support/free-port';
import { cardClick, installationAdded, ALEX } from '../test/support/teams-activities';

const PAGE = '180001234567890';
const TARGETS = {
  ackP99Ms: 25,
  cardP99Ms: 100,
  overheadRatio: 1.3,
  claimP99Ms: 50,
  sweep100kMs: 1000,
  rssMb: 150,
};

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGb: round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    targets: TARGETS,
  };
  const azurite = await startAzurite({ port: await freePort() });
  const connector = await startFakeBotConnector();
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const port = await freePort();
  const bot = await startBot(port, azurite.connectionString, prefix);
  const base = `http://127.0.0.1:${port}`;
  results.botRestingRssMb = round(
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${bot.pid ?? 0}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
  );
  await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(installationAdded(connector.url)),
  });
  const now = Math.floor(Date.now() / 1000);
  let seq = 0;
  const sendComment = async () => {
    seq += 1;
    const author = `Bänk ${seq}`;
    const { body, commentId } = metaCommentDelivery({
      pageId: PAGE,
      author,
      text: `Fråga ${seq} om sophämtningen`,
      writtenAt: now - 60,
    });
    const started = performance.now();
    const startedAt = Date.now();
    const response = await fetch(`${base}/api/webhooks/meta`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signMetaBody(body, SECRET) },
      body,
    });
    await response.arrayBuffer();
    return { author, commentId, ackMs: performance.now() - started, startedAt, ok: response.ok };
  };

  // 1. Webhook acknowledgement latency at steady rates, and webhook → card POST at the connector.
  const ack: Record<string, unknown> = {};
  const cardLatencies: number[] = [];
  for (const rate of [50, 100, 200]) {
    const sends: Promise<Awaited<ReturnType<typeof sendComment>>>[] = [];
    const total = rate * 5;
    for (let i = 0; i < total; i += 1) {
      sends.push(
        new Promise((resolve) => setTimeout(() => void sendComment().then(resolve), (i * 1000) / rate)),
      );
    }
    const done = await Promise.all(sends);
    await new Promise((r) => setTimeout(r, 1500));
    const posted = new Map(
      connector.newThreads().map((t) => [JSON.stringify(t.body).match(/Bänk \d+/)?.[0] ?? '', t.at]),
    );
    for (const d of done) {
      const at = posted.get(d.author);
      if (at) cardLatencies.push(at - d.startedAt);
    }
    const latencies = done.map((d) => d.ackMs);
    ack[`${rate}/s`] = {
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      failed: done.filter((d) => !d.ok).length,
    };
  }
  results.webhookAckMs = ack;
  results.webhookToCardMs = {
    p50: round(percentile(cardLatencies, 50)),
    p99: round(percentile(cardLatencies, 99)),
    samples: cardLatencies.length,
  };

  // 2. Claim invoke latency.
  const claimable = connector.newThreads().slice(0, 200);
  const claims: number[] = [];
  for (const thread of claimable) {
    const key = /"commentKey":"([^"]+)"/.exec(JSON.stringify(thread.body))?.[1];
    if (!key) continue;
    const started = performance.now();
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(
        cardClick(connector.url, ALEX, String(thread.body.id ?? 'a'), 'claim', { commentKey: key }),
      ),
    });
    await response.arrayBuffer();
    claims.push(performance.now() - started);
  }
  results.claimMs = {
    p50: round(percentile(claims, 50)),
    p99: round(percentile(claims, 99)),
    samples: claims.length,
  };

  // 3. Product overhead: N comments at once through the bot, against the bare I/O floor (the same table writes and
  //    connector POSTs in a plain loop, same concurrency), both measured here.
  const N = 300;
  const beforeThreads = connector.newThreads().length;
  let started = performance.now();
  await Promise.all(Array.from({ length: N }, () => sendComment()));
  while (connector.newThreads().length < beforeThreads + N && performance.now() - started < 60_000)
    await new Promise((r) => setTimeout(r, 5));
  const productMs = performance.now() - started;
  const floorTable = TableClient.fromConnectionString(azurite.connectionString, `${prefix}Floor`, {
    allowInsecureConnection: true,
  });
  await floorTable.createTable();
  started = performance.now();
  await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const rowKey = `c|floor${i}`;
      await floorTable.submitTransaction([
        ['create', { partitionKey: 'facebook', rowKey, doc: 'x'.repeat(900) }],
        ['create', { partitionKey: 'facebook', rowKey: `o|floor${i}`, at: 'x' }],
      ]);
      const row = await floorTable.getEntity('facebook', rowKey);
      await floorTable.updateEntity({ partitionKey: 'facebook', rowKey, doc: 'y'.repeat(900) }, 'Replace', {
        etag: row.etag,
      });
      const posted = await fetch(`${connector.url}/v3/conversations/floor/activities`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x'.repeat(2000) }),
      });
      await posted.arrayBuffer();
      const again = await floorTable.getEntity('facebook', rowKey);
      await floorTable.updateEntity({ partitionKey: 'facebook', rowKey, doc: 'z'.repeat(900) }, 'Replace', {
        etag: again.etag,
      });
      await floorTable.deleteEntity('facebook', `o|floor${i}`);
    }),
  );
  const floorMs = performance.now() - started;
  results.ingestAndPost = {
    comments: N,
    productMs: round(productMs),
    ioFloorMs: round(floorMs),
    ratio: round(productMs / floorMs),
  };
  results.botPeakRssMb = peakRssMb(bot.pid ?? 0);

  // 4. Reminder sweep with 10k and 100k stored reminders, 1% due: time and storage reads.
  const sweeps: Record<string, unknown> = {};
  for (const stored of [10_000, 100_000]) {
    sweeps[`${stored}`] = await measureReminderSweep(azurite.connectionString, prefix, stored);
  }
  results.reminderSweep = sweeps;
  await stopChild(bot);

  // 5. A storm into one channel with Teams' limits on: every card delivered, never more than Teams allows.
  const pacedPort = await freePort();
  const paced = await startBot(pacedPort, azurite.connectionString, `${prefix}P`, { TEAMS_PACING: 'on' });
  const pacedConnector = await startFakeBotConnector();
  await fetch(`http://127.0.0.1:${pacedPort}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(installationAdded(pacedConnector.url)),
  });
  const STORM = 120;
  const stormStart = Date.now();
  await Promise.all(
    Array.from({ length: STORM }, (_, i) => {
      const { body } = metaCommentDelivery({
        pageId: PAGE,
        author: `Storm ${i}`,
        text: 'x',
        writtenAt: now - 60,
      });
      return fetch(`http://127.0.0.1:${pacedPort}/api/webhooks/meta`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signMetaBody(body, SECRET) },
        body,
      }).then((r) => r.arrayBuffer());
    }),
  );
  while (pacedConnector.newThreads().length < STORM && Date.now() - stormStart < 120_000)
    await new Promise((r) => setTimeout(r, 50));
  const times = pacedConnector.newThreads().map((t) => t.at);
  const most = (windowMs: number) =>
    Math.max(...times.map((at) => times.filter((t) => t > at - windowMs && t <= at).length));
  results.pacedStorm = {
    cards: STORM,
    posted: times.length,
    allPostedAfterMs: round(Math.max(...times) - stormStart),
    mostIn1s: most(1000),
    mostIn30s: most(30_000),
  };
  await stopChild(paced);
  await pacedConnector.close();

  await connector.close();
  await azurite.stop();
  writeFileSync(path.join('bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const rows: [string, string, string][] = [];
  for (const [rate, v] of Object.entries(ack))
    rows.push([
      `webhook ack @ ${rate} p50 / p99`,
      `${(v as { p50: number }).p50} / ${(v as { p99: number }).p99} ms`,
      rate === '200/s' ? `p99 ≤ ${TARGETS.ackP99Ms} ms` : '',
    ]);
  const card = results.webhookToCardMs as { p50: number; p99: number };
  rows.push([
    'webhook → card POST p50 / p99',
    `${card.p50} / ${card.p99} ms`,
    `p99 ≤ ${TARGETS.cardP99Ms} ms`,
  ]);
  const ratio = results.ingestAndPost as { ratio: number; productMs: number; ioFloorMs: number };
  rows.push([
    `ingest + post ${N}: product / I/O floor`,
    `${ratio.productMs} / ${ratio.ioFloorMs} ms = ${ratio.ratio}`,
    `≤ ${TARGETS.overheadRatio}`,
  ]);
  const claim = results.claimMs as { p50: number; p99: number };
  rows.push(['claim invoke p50 / p99', `${claim.p50} / ${claim.p99} ms`, `p99 ≤ ${TARGETS.claimP99Ms} ms`]);
  for (const [stored, v] of Object.entries(sweeps)) {
    const s = v as { ms: number; rowsRead: number; due: number; ioFloorMs: number; ratio: number };
    rows.push([
      `reminder sweep, ${stored} stored, ${s.due} due`,
      `${s.ms} ms (I/O floor ${s.ioFloorMs} ms, ratio ${s.ratio}), ${s.rowsRead} rows read`,
      stored === '100000' ? `≤ ${TARGETS.sweep100kMs} ms, reads ∝ due` : '',
    ]);
  }
  rows.push([
    'bot RSS at rest / peak under the 200/s storm',
    `${results.botRestingRssMb} / ${results.botPeakRssMb} MB`,
    `≤ ${TARGETS.rssMb} MB`,
  ]);
  const storm = results.pacedStorm as {
    cards: number;
    posted: number;
    allPostedAfterMs: number;
    mostIn1s: number;
    mostIn30s: number;
  };
  rows.push([
    `${storm.cards} cards at once into one channel, Teams' limits on`,
    `${storm.posted} posted in ${storm.allPostedAfterMs} ms; at most ${storm.mostIn1s} in 1 s, ${storm.mostIn30s} in 30 s`,
    '≤ 7 / 1 s, ≤ 60 / 30 s',
  ]);
  console.log('\n| measure | result | target |\n|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`\n${JSON.stringify(results.machine)}\nWritten to bench/results.json`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
