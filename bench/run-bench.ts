/* Svarsvakten's benchmark: `npm run bench`. Prints a table and writes bench/results.json. Loopback only. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { TableClient } from '@azure/data-tables';
import { metaCommentDelivery } from '../bot/demo/meta-comment-delivery';
import { startAzurite, stopChild } from '../bot/local/azurite';
import { signMetaBody } from '../bot/webhooks/meta/verify-meta-signature';
import { forEachLimited } from '../bot/jobs/for-each-limited';
import { Reminders } from '../bot/jobs/reminders';
import { createLogger } from '../bot/logger';
import { TableReminderStore } from '../services/adapters/tables/table-reminder-store';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { TableCommentStore } from '../services/adapters/tables/table-comment-store';
import { DEFAULT_REMINDER_POLICY } from '../services/domain/reminder-plan';
import { startFakeBotConnector } from '../test/fakes/bot-connector';
import { freePort } from '../test/support/free-port';
import { cardClick, installationAdded, ALEX } from '../test/support/teams-activities';

const SECRET = 'bench-secret';
const PAGE = '180001234567890';
const TARGETS = {
  ackP99Ms: 25,
  cardP99Ms: 100,
  overheadRatio: 1.3,
  claimP99Ms: 50,
  sweep100kMs: 1000,
  rssMb: 150,
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const round = (n: number) => Math.round(n * 10) / 10;

async function startBot(
  port: number,
  connection: string,
  prefix: string,
  env: Readonly<Record<string, string>> = {},
): Promise<ChildProcess> {
  // The bot as it runs in production: the compiled JavaScript of `npm run build`.
  const child = spawn(process.execPath, ['dist/bot/start.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      PLAYGROUND: 'off',
      TABLES_CONNECTION_STRING: connection,
      TABLE_PREFIX: prefix,
      META_APP_SECRET: SECRET,
      OUTBOX_INTERVAL_MS: '60000',
      REMINDER_INTERVAL_MS: '3600000',
      LOG_LEVEL: 'error',
      // Phases 1-4 measure the product's own work against a local connector; phase 5 runs with Teams' limits.
      TEAMS_PACING: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot did not start');
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return round(kb / 1024);
}

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
    const tables = createTableClients(azurite.connectionString, `${prefix}S${stored}`);
    await ensureTables(tables);
    const comments = new TableCommentStore(tables.comments);
    const reminderStore = new TableReminderStore(tables.reminders);
    const nowIso = DateTime.utc().toISO() ?? '';
    const base = DateTime.fromISO(nowIso);
    const batch: [string, Record<string, unknown>][] = [];
    const flush = async () => {
      if (batch.length)
        await tables.reminders.submitTransaction(batch.splice(0).map(([, e]) => ['create', e] as never));
    };
    for (let i = 0; i < stored; i += 1) {
      const due = i % 100 === 0;
      const dueAt = due
        ? base.minus({ minutes: 5 + (i % 47) }).toISO()
        : base.plus({ days: 1 + (i % 20) }).toISO();
      batch.push([
        'create',
        {
          partitionKey: 'due',
          rowKey: `${dueAt}|badge|facebook|b${i}`,
          kind: 'badge',
          dueAt,
          platform: 'facebook',
          commentId: `b${i}`,
          claimedUntil: '',
        },
      ]);
      if (batch.length === 100) await flush();
    }
    await flush();
    let sent = 0;
    const reminders = new Reminders({
      reminders: reminderStore,
      comments,
      poster: {
        postNewThread: async () => ({}) as never,
        postCardInThread: async () => ({}) as never,
        updateCard: async () => {
          sent += 1;
        },
        sendToUser: async () => '',
        replyInThread: async () => undefined,
      },
      duty: { list: async () => [], add: async () => undefined, remove: async () => true },
      chats: {
        get: async () => undefined,
        save: async () => undefined,
        markRefused: async () => undefined,
        refusedUntil: async () => undefined,
      },
      routes: { routeFor: async () => undefined, defaultRoute: async () => undefined } as never,
      updater: {
        refresh: async () => {
          sent += 1;
          return true;
        },
      } as never,
      clock: { now: () => DateTime.fromISO(nowIso) },
      logger: createLogger('silent'),
      policy: DEFAULT_REMINDER_POLICY,
      teamLeads: [],
      intervalMs: 3_600_000,
    });
    const t0 = performance.now();
    await reminders.sweep();
    const sweepMs = performance.now() - t0;
    const rowsRead = reminderStore.lastReadCount;
    // The floor: the same storage work in a bare loop (read the due range, claim and delete each row, look up its
    // comment), at the same concurrency, on the same table — what Azurite itself costs for it.
    const floorStart = DateTime.fromISO(nowIso).minus({ minutes: 100 });
    for (let i = 0; i < stored / 100; i += 1) {
      const dueAt = floorStart.minus({ seconds: i }).toISO() ?? '';
      batch.push([
        'create',
        {
          partitionKey: 'due',
          rowKey: `${dueAt}|badge|facebook|f${i}`,
          kind: 'badge',
          dueAt,
          platform: 'facebook',
          commentId: `f${i}`,
          claimedUntil: '',
        },
      ]);
      if (batch.length === 100) await flush();
    }
    await flush();
    const t1 = performance.now();
    const rows: { rowKey: string; etag: string }[] = [];
    const range = tables.reminders.listEntities<{ claimedUntil: string }>({
      queryOptions: { filter: `PartitionKey eq 'due' and RowKey le '${nowIso}|~'` },
    });
    for await (const row of range) rows.push({ rowKey: row.rowKey ?? '', etag: row.etag });
    await forEachLimited(rows, 8, async (row) => {
      await tables.reminders.updateEntity(
        { partitionKey: 'due', rowKey: row.rowKey, claimedUntil: 'x' },
        'Merge',
        { etag: row.etag },
      );
      await comments.get({ platform: 'facebook', commentId: row.rowKey.split('|')[3] ?? '' });
      await tables.reminders.deleteEntity('due', row.rowKey);
    });
    const floorMs = performance.now() - t1;
    sweeps[`${stored}`] = {
      ms: round(sweepMs),
      rowsRead,
      due: stored / 100,
      sent,
      ioFloorMs: round(floorMs),
      ratio: round(sweepMs / floorMs),
    };
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
