import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The production container's memory (infra/main.bicep: `memory: '1Gi'`). Node sizes its heap from the memory the
 * process may use: 524 MB of heap in a 1 GiB container on Node 20, 4,144 MB on a machine with 23.5 GB free. A bot
 * that sees the whole machine lets its heap grow far beyond what it keeps before it collects, so its RSS says
 * little about production. The benchmark's bot therefore runs in a memory cgroup of the container's size.
 */
const CONTAINER_MEMORY_BYTES = 1024 ** 3;

const GROUP = 'svarsvakten-bench';

/** Where a process joins the container-sized cgroup, or undefined where none can be made (not root, no cgroups). */
function cgroupProcsFile(): string | undefined {
  try {
    const root = '/sys/fs/cgroup';
    const v2 = existsSync(path.join(root, 'cgroup.controllers'));
    if (v2 && !readFileSync(path.join(root, 'cgroup.controllers'), 'utf8').includes('memory'))
      return undefined;
    const dir = v2 ? path.join(root, GROUP) : path.join(root, 'memory', GROUP);
    if (!v2 && !existsSync(path.join(root, 'memory'))) return undefined;
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, v2 ? 'memory.max' : 'memory.limit_in_bytes'),
      String(CONTAINER_MEMORY_BYTES),
    );
    return path.join(dir, 'cgroup.procs');
  } catch {
    return undefined;
  }
}

/** The memory a bot started by `inContainerMemory` may use, for the results: the container's, or the machine's. */
export interface MemoryBound {
  readonly limitMb: number | 'machine';
}

/**
 * The command and arguments that start `node <args>` inside the container-sized cgroup: a shell joins it and
 * then becomes Node, so the process id is the bot's. Where no cgroup can be made, Node is started as it is.
 */
export function inContainerMemory(args: readonly string[]): {
  command: string;
  args: string[];
  bound: MemoryBound;
} {
  const procs = cgroupProcsFile();
  if (!procs) return { command: process.execPath, args: [...args], bound: { limitMb: 'machine' } };
  return {
    command: '/bin/sh',
    args: ['-c', 'echo $$ > "$0" && exec "$@"', procs, process.execPath, ...args],
    bound: { limitMb: CONTAINER_MEMORY_BYTES / 2 ** 20 },
  };
}
