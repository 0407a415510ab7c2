import { DateTime } from 'luxon';
import type { ChildProcess } from 'node:child_process';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { TableOverviewFigures } from '../services/adapters/tables/table-overview-figures';
import type { CommentCount } from '../services/domain/figures/comment-count';
import { newStoredComment } from '../services/domain/new-comment';
import type { Platform } from '../services/domain/platform';
import type { QueuedCopy } from '../services/ports/index';
import { freePort } from '../test/support/free-port';
import { percentile, round, startBot } from './bench-process';

/**
 * `/api/overview` through the running bot with a year of comments counted (25,000 and 250,000): the figures as the
 * keeper writes them (services/app/overview/figure-keeper.ts), one row of counts per comment in its day's shards,
 * written through the product's own figures table; a queue of the comments still open, as many for either size. Each
 * size is asked for its 13 weeks 200 times; the answer's kept and broken are checked against the generator's own
 * tally.
 */

const ACCOUNTS: readonly (readonly [Platform, string])[] = [
  ['facebook', '104857362918475'],
  ['facebook', '104857362918476'],
  ['instagram', '17841400000000001'],
  ['x', 'x-malmostad'],
  ['linkedin', 'li-jobbaimalmo'],
  ['youtube', 'yt-malmostad'],
];
const STAFF = Array.from({ length: 12 }, (_, i) => [`staff-${i}`, `Handläggare ${i + 1}`] as const);
const ASKED = 200;

export interface OverviewAtVolume {
  readonly comments: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly rows: number;
  readonly writeMs: number;
  readonly keptBrokenChecked: boolean;
}

/** A year of comments counted in the figures table of `prefix`, and the 13 weeks' tally the answer must give. */
export interface Counted {
  readonly prefix: string;
  readonly comments: number;
  readonly kept: number;
  readonly broken: number;
  readonly rows: number;
  readonly writeMs: number;
}

/** The comments still open, in the queue beside the figures: a busy day's, whatever the year holds. */
const OPEN = 150;

function openQueue(now: DateTime): Map<string, QueuedCopy> {
  const queue = new Map<string, QueuedCopy>();
  for (let i = 0; i < OPEN; i++) {
    const [platform, accountId] = ACCOUNTS[i % ACCOUNTS.length] ?? ACCOUNTS[0]!;
    const received = now.minus({ minutes: 10 * i });
    const copy = newStoredComment(
      {
        platform,
        commentId: `open-${i}`,
        accountId,
        postId: `${accountId}_post-${i % 7}`,
        authorId: `resident-${i}`,
        authorName: `Invånare ${i}`,
        text: `Fråga ${i}: när öppnar badet igen efter renoveringen, och går det att boka simskola redan nu?`,
        writtenAt: received.toUTC().toISO() ?? '',
      },
      received,
    );
    queue.set(`$${String(i).padStart(43, 'q')}`, { copy, revision: 1 });
  }
  return queue;
}

/** A pseudo-random sequence that is the same every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function countYear(
  connection: string,
  prefix: string,
  comments: number,
  now: DateTime,
): Promise<Counted> {
  const tables = createTableClients(connection, prefix);
  await ensureTables(tables);
  const figures = new TableOverviewFigures(tables.figures);
  const random = sequence(comments);
  const days = new Map<string, { day: string; platform: Platform; counts: Map<string, CommentCount> }>();
  const since = now.minus({ weeks: 13 }).startOf('day');
  let kept = 0;
  let broken = 0;
  for (let i = 0; i < comments; i++) {
    const written = now.minus({ minutes: Math.floor(random() * 365 * 24 * 60) });
    const [platform, account] = ACCOUNTS[Math.floor(random() * ACCOUNTS.length)] ?? ACCOUNTS[0]!;
    const roll = random();
    const o: CommentCount['o'] = roll < 0.86 ? 'kept' : roll < 0.94 ? 'broken' : 'not_needed';
    const minutes = Math.floor(random() * (o === 'kept' ? 1400 : 3000));
    const [id, name] = STAFF[Math.floor(random() * STAFF.length)] ?? STAFF[0]!;
    const count: CommentCount = {
      a: account,
      o,
      h: written.hour,
      x: o === 'not_needed' ? 0 : 1,
      ...(o === 'not_needed' ? {} : { m: minutes, c: [id, name] as const, f: [id, name, minutes] as const }),
      ...(random() < 0.1 ? { r: `root-${Math.floor(i / 20)}` } : {}),
      v: 3,
    };
    if (written >= since) {
      if (o === 'kept') kept++;
      if (o === 'broken') broken++;
    }
    const day = written.toISODate() ?? '';
    const key = `${day}|${platform}`;
    const found = days.get(key) ?? { day, platform, counts: new Map() };
    found.counts.set(`$${String(i).padStart(43, '0')}`, count);
    days.set(key, found);
  }
  const writing = performance.now();
  for (const { day, platform, counts } of days.values()) await figures.setCounts(day, platform, counts);
  await figures.setQueue(openQueue(now), now.toUTC().toISO() ?? '');
  await figures.markBuilt(now.toUTC().toISO() ?? '');
  const writeMs = round(performance.now() - writing);

  return { prefix, comments, kept, broken, rows: days.size, writeMs };
}

/** Each size counted in tables of its own, up to `now`. */
export async function countYears(
  connection: string,
  prefix: string,
  sizes: readonly number[],
  now: DateTime,
): Promise<Counted[]> {
  const counted: Counted[] = [];
  for (const [i, comments] of sizes.entries())
    counted.push(await countYear(connection, `${prefix}${i}`, comments, now));
  return counted;
}

/**
 * Each size counted is asked through a bot of its own, the sizes in turn: both are timed on the same machine in the
 * same state (Azurite holding both), so the growth is the product's and not the run's drift.
 */
export async function overviewAtVolumes(
  connection: string,
  counted: readonly Counted[],
): Promise<OverviewAtVolume[]> {
  const bots: ChildProcess[] = [];
  try {
    const asked = await Promise.all(
      counted.map(async (size) => {
        const port = await freePort();
        bots.push(await startBot(port, connection, size.prefix));
        return { size, port, times: [] as number[], checked: true };
      }),
    );
    const ask = async ({ size, port }: (typeof asked)[number]) => {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/overview?weeks=13`);
      const body = (await response.json()) as { statistics: { total: { kept: number; broken: number } } };
      const { kept, broken } = body.statistics.total;
      return {
        ms: performance.now() - started,
        right: response.status === 200 && kept === size.kept && broken === size.broken,
      };
    };
    for (let i = 0; i < 5; i++) for (const one of asked) await ask(one);
    for (let i = 0; i < ASKED; i++) {
      for (const one of asked) {
        const answer = await ask(one);
        one.times.push(answer.ms);
        one.checked &&= answer.right;
      }
    }
    return asked.map(({ size, times, checked }) => ({
      comments: size.comments,
      medianMs: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      rows: size.rows,
      writeMs: size.writeMs,
      keptBrokenChecked: checked,
    }));
  } finally {
    for (const bot of bots) bot.kill('SIGTERM');
  }
}
