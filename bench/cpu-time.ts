import { readFileSync } from 'node:fs';
import { round } from './bench-process';

/** Linux's clock tick, in which /proc counts a process's CPU time (USER_HZ, 100 on every kernel built for x86). */
const TICK_MS = 10;

/** CPU time a process has used so far (user and system), in ms, to the nearest 10 ms. */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * TICK_MS;
}

/** This process's CPU time so far, in ms. */
const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** What the machine's cores did while some work ran: each process's CPU time, and the wall time beside it. */
export interface CpuShares {
  readonly wallMs: number;
  /** CPU ms by process: the named ones, and `bench` (this process: the load, the stand-ins, a floor's loop). */
  readonly cpuMs: Readonly<Record<string, number>>;
}

/**
 * Runs `work` and tells who used the cores meanwhile. On a machine whose cores the load, the product and Azurite
 * share, it says whether a figure is bound by one of them or by the machine itself (their sum near cores × wall).
 */
export async function measureCpu<T>(
  pids: Readonly<Record<string, number | undefined>>,
  work: () => Promise<T>,
): Promise<{ result: T; shares: CpuShares }> {
  const named = Object.entries(pids).filter((entry): entry is [string, number] => entry[1] !== undefined);
  const before = named.map(([, pid]) => cpuMsOf(pid));
  const ownBefore = ownCpuMs();
  const started = performance.now();
  const result = await work();
  const wallMs = round(performance.now() - started);
  const cpuMs: Record<string, number> = {};
  named.forEach(([name, pid], i) => (cpuMs[name] = round(cpuMsOf(pid) - (before[i] ?? 0))));
  cpuMs.bench = round(ownCpuMs() - ownBefore);
  return { result, shares: { wallMs, cpuMs } };
}

/** "Azurite 2.4 s, bot 3.6 s, bench 1.8 s of 4.5 s × 2 cores": the shares in a figure's detail. */
export function describeCpu(shares: CpuShares, cores: number): string {
  const parts = Object.entries(shares.cpuMs).map(([name, ms]) => `${name} ${round(ms / 1000)} s`);
  return `CPU ${parts.join(', ')} of ${round(shares.wallMs / 1000)} s × ${cores} cores`;
}
