import type { FakeBotConnector } from '../test/fakes/bot-connector';
import { freePort } from '../test/support/free-port';
import { installationAdded } from '../test/support/teams-activities';
import { peakRssMb, percentile, round, startBot } from './bench-process';
import { atRate, commentSender, type Delivered } from './webhook-load';

/**
 * What a person notices, with Teams' limits on as in production: from a comment's webhook to its card in the
 * channel (the Bot Connector stand-in receiving it), at a city's ordinary pace (one a second, each on its own
 * post) and in a storm (100 at once on one post, folded into its thread); and the bot's peak memory through both.
 */
export interface CardLatency {
  readonly ordinary: { readonly comments: number; readonly p50Ms: number; readonly p95Ms: number };
  readonly storm: {
    readonly comments: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly lastMs: number;
  };
  readonly unseen: number;
  readonly peakRssMb: number;
}

const ORDINARY_SECONDS = 30;
const STORM = 100;

export async function measureCardLatency(
  connection: string,
  prefix: string,
  connector: FakeBotConnector,
): Promise<CardLatency> {
  const port = await freePort();
  const bot = await startBot(port, connection, prefix, {
    TEAMS_PACING: 'on',
    WEBHOOK_RETRY_AFTER_SECONDS: '1',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(installationAdded(connector.url)),
    });
    const writtenAt = Math.floor(Date.now() / 1000) - 60;
    const ordinary = await atRate(commentSender(base, writtenAt, { name: 'Vardag' }), 1, ORDINARY_SECONDS);
    const ordinaryMs = await visibleAfter(connector, ordinary);
    const storm = await atRate(
      commentSender(base, writtenAt, { name: 'Storm', onePost: '90000000000001' }),
      STORM,
      1,
    );
    const stormMs = await visibleAfter(connector, storm);
    const seen = (times: readonly number[]) => times.filter((ms) => Number.isFinite(ms));
    return {
      ordinary: {
        comments: ordinary.length,
        p50Ms: round(percentile(seen(ordinaryMs), 50)),
        p95Ms: round(percentile(ordinaryMs, 95)),
      },
      storm: {
        comments: storm.length,
        p50Ms: round(percentile(seen(stormMs), 50)),
        p95Ms: round(percentile(stormMs, 95)),
        lastMs: round(Math.max(...stormMs)),
      },
      unseen: [...ordinaryMs, ...stormMs].filter((ms) => !Number.isFinite(ms)).length,
      peakRssMb: peakRssMb(bot.pid ?? 0),
    };
  } finally {
    bot.kill('SIGTERM');
  }
}

/**
 * For each delivery, from its first attempt to the first message to Teams that carries its writer's name (its card,
 * in a new thread or a storm's); Infinity for one not seen within two minutes.
 */
async function visibleAfter(connector: FakeBotConnector, delivered: readonly Delivered[]): Promise<number[]> {
  const seenAt = new Map<string, number>();
  const deadline = Date.now() + 120_000;
  let read = 0;
  while (Date.now() < deadline) {
    const calls = connector.calls;
    for (; read < calls.length; read += 1) {
      const call = calls[read];
      const text = JSON.stringify(call?.body ?? '');
      for (const { author } of delivered) {
        if (!seenAt.has(author) && text.includes(`"${author}`)) seenAt.set(author, call?.at ?? NaN);
      }
    }
    if (delivered.every((d) => seenAt.has(d.author))) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return delivered.map((d) => (seenAt.get(d.author) ?? Infinity) - d.startedAt);
}
