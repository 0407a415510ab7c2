import { DateTime } from 'luxon';
import type { ChildProcess } from 'node:child_process';
import { createTableClients, ensureTables } from '../services/adapters/tables/table-names';
import { TableOverviewFigures } from '../services/adapters/tables/table-overview-figures';
import type { CommentCount } from '../services/domain/figures/comment-count';
import type { Platform } from '../services/domain/platform';
import { freePort } from '../test/support/free-port';
import { percentile, round, startBot } from './bench-process';

/**
 * `/api/overview` through the running bot with a year of comments counted (25,000 and 250,000): the figures as the
 * keeper writes them (services/app/overview/figure-keeper.ts), one row of counts per comment in its day's shards,
 * written through the product's own figures table; a queue of the comments still open. Each size is asked for its
 * 13 weeks 200 times; the answer's kept and broken are checked against the generator's own tally.
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

/** A pseudo-random sequence that is the same every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function overviewAtVolume(
  connection: string,
  prefix: string,
  comments: number,
  now: DateTime,
): Promise<OverviewAtVolume> {
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
  await figures.markBuilt(now.toUTC().toISO() ?? '');
  const writeMs = round(performance.now() - writing);

  const port = await freePort();
  let bot: ChildProcess | undefined;
  try {
    bot = await startBot(port, connection, prefix);
    const ask = async () => {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/overview?weeks=13`);
      const body = (await response.json()) as { statistics: { total: { kept: number; broken: number } } };
      return { ms: performance.now() - started, status: response.status, total: body.statistics.total };
    };
    for (let i = 0; i < 5; i++) await ask();
    const times: number[] = [];
    let checked = true;
    for (let i = 0; i < ASKED; i++) {
      const answer = await ask();
      times.push(answer.ms);
      checked &&= answer.status === 200 && answer.total.kept === kept && answer.total.broken === broken;
    }
    return {
      comments,
      medianMs: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      rows: days.size,
      writeMs,
      keptBrokenChecked: checked,
    };
  } finally {
    bot?.kill('SIGTERM');
  }
}
