import { spawn, type ChildProcess } from 'node:child_process';
import { inContainerMemory } from '../container-memory';

/** The bot of the simulated week as its own process, and the IPC that moves its clock and runs its jobs. */
export interface WeekBot {
  readonly url: string;
  readonly pid: number;
  /**
   * Sets the bot's clock and, if asked, polls YouTube and sweeps reminders; answers with the bot's RSS, after a
   * full garbage collection when `measure` is asked (what is kept, not what is not yet collected).
   */
  step(
    at: string,
    jobs?: { sweep?: boolean; poll?: boolean; measure?: boolean; outbox?: boolean },
  ): Promise<{ rssMb: number }>;
  stop(): Promise<void>;
}

export async function startWeekBot(env: Readonly<Record<string, string>>): Promise<WeekBot> {
  // In the production container's memory, as the benchmark's other bots.
  const command = inContainerMemory(['--expose-gc', 'bench/simulated-week/week-bot.cjs']);
  const child: ChildProcess = spawn(command.command, command.args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (answer: { rssMb: number; url?: string }) => void>();
  child.on('message', (answer: { seq: number; rssMb: number; url?: string }) => {
    waiting.get(answer.seq)?.(answer);
    waiting.delete(answer.seq);
  });
  const started = await new Promise<{ url?: string }>((resolve, reject) => {
    waiting.set(0, resolve);
    child.once('exit', (code) => reject(new Error(`the bot stopped (${code})`)));
  });
  let seq = 0;
  return {
    url: started.url ?? '',
    pid: child.pid ?? 0,
    step: (at, jobs = {}) =>
      new Promise((resolve) => {
        seq += 1;
        waiting.set(seq, resolve);
        child.send({ seq, at, ...jobs });
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
