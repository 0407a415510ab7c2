/*
 * Svarsvakten's benchmark: `npm run bench -- [phase ...] [--runs N] [--list]`. Each phase runs alone on its own
 * Azurite and Bot Connector stand-in, three times where its figures are timings; each figure is the median of its
 * runs with the range beside it, judged against a floor or target measured in the same run. Writes
 * bench/results/<phase>.json with the commit it measured. Loopback only.
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAzurite } from '../bot/local/azurite';
import { startFakeBotConnector } from '../test/fakes/bot-connector';
import { freePort } from '../test/support/free-port';
import { aggregate, type RunFigure } from './aggregate';
import { round } from './bench-process';
import { figureTable, type Figure } from './bench-targets';
import type { Phase, PhaseContext } from './phase';
import { burst } from './phases/burst';
import { storm, sweep, thread, week } from './phases/records';
import { webhooks } from './phases/webhooks';
import { overview } from './phases/overview';
import { exportPhase } from './phases/export';
import { latency } from './phases/latency';
import { lateness } from './phases/lateness';

export const PHASES: readonly Phase[] = [
  webhooks,
  burst,
  latency,
  lateness,
  sweep,
  thread,
  storm,
  overview,
  exportPhase,
  week,
];
import { RESULTS_DIR } from './results-table';

/** The commit measured, and whether the tree had changes beside it (results measured on them are not traceable). */
function measuredCommit(): { commit: string; changed: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain', '--', '.', ':!bench/results').length > 0;
    return { commit: git('rev-parse', 'HEAD'), changed };
  } catch {
    return { commit: 'unknown', changed: true };
  }
}

type Run = { figures: readonly Figure[]; raw: unknown; ms: number };

/** A phase's runs, each on an Azurite and stand-in of its own, or all on one where the phase `storesOnce`. */
async function runPhase(phase: Phase, times: number): Promise<Run[]> {
  const done: Run[] = [];
  const shared = phase.storesOnce ? await setUp() : undefined;
  try {
    for (let run = 1; run <= times; run += 1) {
      console.log(`${phase.name}: run ${run} of ${times} …`);
      const context = shared ?? (await setUp());
      const started = performance.now();
      try {
        const result = await phase.run({ ...context, run: run - 1 });
        done.push({ ...result, ms: round(performance.now() - started) });
      } finally {
        if (!shared) await tearDown(context);
      }
    }
  } finally {
    if (shared) await tearDown(shared);
  }
  return done;
}

async function setUp(): Promise<Omit<PhaseContext, 'run'>> {
  // With its Blob service: the media copies the archive package holds.
  const azurite = await startAzurite({ port: await freePort(), blobPort: await freePort() });
  const connector = await startFakeBotConnector().catch(async (error: unknown) => {
    await azurite.stop();
    throw error;
  });
  // One store per phase: the first `stored` call's.
  let stored: Promise<unknown> | undefined;
  return {
    azurite,
    connector,
    prefix: `bench${randomBytes(3).toString('hex')}`,
    stored: <T>(store: () => Promise<T>) => (stored ??= store()) as Promise<T>,
  };
}

async function tearDown({ azurite, connector }: Omit<PhaseContext, 'run'>): Promise<void> {
  await connector.close();
  await azurite.stop();
}

function table(figures: readonly RunFigure[]): string {
  return figureTable(
    figures.map((f) => ({
      ...f,
      detail: [f.runs > 1 ? `median of ${f.runs}, ${f.min}–${f.max}` : '', f.detail ?? '']
        .filter(Boolean)
        .join('; '),
    })),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const phase of PHASES) console.log(`${phase.name.padEnd(10)} ${phase.about}`);
    return;
  }
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : undefined;
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1))
    throw new Error('--runs takes a whole number of runs, at least 1');
  const named = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
  const unknown = named.filter((name) => !PHASES.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`No such phase: ${unknown.join(', ')} (npm run bench -- --list)`);
  const chosen = named.length > 0 ? PHASES.filter((p) => named.includes(p.name)) : PHASES;
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const phase of chosen) {
    const times = runs ?? (phase.timed ? 3 : 1);
    const done = await runPhase(phase, times);
    const figures = aggregate(done.map((d) => d.figures));
    const result = {
      phase: phase.name,
      about: phase.about,
      ...measuredCommit(),
      at: new Date().toISOString(),
      machine,
      runs: times,
      storedOnce: phase.storesOnce === true,
      secondsPerRun: done.map((d) => round(d.ms / 1000)),
      figures,
      allMet: figures.every((f) => f.met),
      raw: done.map((d) => d.raw),
    };
    writeFileSync(path.join(RESULTS_DIR, `${phase.name}.json`), JSON.stringify(result, null, 2) + '\n');
    console.log(`\n${table(figures)}\n\nWritten to bench/results/${phase.name}.json\n`);
  }
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
