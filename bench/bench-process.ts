import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { inContainerMemory, type MemoryBound } from './container-memory';

/** The benchmark's helpers: figures from samples, and the bot as its own process (built, as in production). */

export const SECRET = 'bench-secret';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
export const round = (n: number) => Math.round(n * 10) / 10;

const loggedEvents = new WeakMap<ChildProcess, Record<string, number>>();
const memoryBounds = new WeakMap<ChildProcess, MemoryBound>();

/** The memory the bot could use: the production container's, or this machine's where no cgroup could be made. */
export function memoryBound(bot: ChildProcess): MemoryBound | undefined {
  return memoryBounds.get(bot);
}

/** How often the bot logged each event (warnings and errors), by the event's name: nothing a resident wrote. */
export function eventCounts(bot: ChildProcess): Record<string, number> {
  return { ...loggedEvents.get(bot) };
}

export async function startBot(
  port: number,
  connection: string,
  prefix: string,
  env: Readonly<Record<string, string>> = {},
): Promise<ChildProcess> {
  // The bot as it runs in production: the compiled JavaScript of `npm run build`, in the container's memory.
  // BENCH_PROFILE_DIR=<folder>: the bot writes a CPU profile there as it stops (Chrome's DevTools opens it).
  const folder = process.env.BENCH_PROFILE_DIR;
  const profile = folder ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(folder)}`] : [];
  const started = inContainerMemory([...profile, 'dist/bot/start.js']);
  const child = spawn(started.command, started.args, {
    env: {
      ...process.env,
      PORT: String(port),
      PLAYGROUND: 'off',
      TABLES_CONNECTION_STRING: connection,
      TABLE_PREFIX: prefix,
      META_APP_SECRET: SECRET,
      OUTBOX_INTERVAL_MS: '60000',
      REMINDER_INTERVAL_MS: '3600000',
      // Warnings say why a figure was missed (a post that failed and waits for the outbox, a shed delivery).
      LOG_LEVEL: 'warn',
      // Phases 1-4 measure the product's own work against a local connector; phase 5 runs with Teams' limits.
      TEAMS_PACING: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const counts: Record<string, number> = {};
  loggedEvents.set(child, counts);
  memoryBounds.set(child, started.bound);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const event = /"event":"([^"]+)"/.exec(line)?.[1] ?? 'unparsed';
    counts[event] = (counts[event] ?? 0) + 1;
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

/** The process's memory now, in MB. */
export function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return round(kb / 1024);
}
