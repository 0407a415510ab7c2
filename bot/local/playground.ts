import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { stopChild } from './azurite';

export interface PlaygroundOptions {
  readonly port: number;
  readonly botEndpoint: string;
  readonly configPath?: string;
  readonly logFile?: string;
  readonly startTimeoutMs?: number;
}

export interface RunningPlayground {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the Microsoft 365 Agents Playground (Teams channel, no browser) pointed at the bot. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(
    process.execPath,
    [
      cli,
      'start',
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.resolve(options.configPath ?? '.m365agentsplayground.yml'),
        M365_AGENTS_PLAYGROUND_LOGFILE: path.resolve(options.logFile ?? path.join('.data', 'playground.log')),
      },
    },
  );
  const url = `http://localhost:${options.port}`;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + (options.startTimeoutMs ?? 30000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The Playground exited: ${output.slice(-800)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return { url, process: child, stop: () => stopChild(child) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopChild(child);
  throw new Error(`The Playground did not answer on ${url}: ${output.slice(-800)}`);
}
