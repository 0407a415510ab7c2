import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function azuriteConnectionString(port: number, blobPort?: number): string {
  const blob = blobPort ? `BlobEndpoint=http://127.0.0.1:${blobPort}/${DEV_ACCOUNT};` : '';
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};${blob}`;
}

export interface RunningAzurite {
  readonly port: number;
  readonly blobPort?: number;
  readonly connectionString: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  readonly port: number;
  /** Also Azurite's Blob service, on this port (the media copies kept of moderated comments). */
  readonly blobPort?: number;
  /** Folder for the data; undefined keeps it in memory. */
  readonly location?: string;
  readonly startTimeoutMs?: number;
}

/** Starts one Azurite service (table or blob) as a child process and waits until it listens. */
async function startService(
  service: 'table' | 'blob',
  port: number,
  options: AzuriteOptions,
): Promise<ChildProcess> {
  const main = require.resolve(`azurite/dist/src/${service}/main.js`);
  const args = [
    main,
    `--${service}Host`,
    '127.0.0.1',
    `--${service}Port`,
    String(port),
    '--disableTelemetry',
    '--skipApiVersionCheck',
    // Without it Azurite writes a line for every request, which somebody has to read for as long as it runs.
    '--silent',
  ];
  if (options.location) {
    const folder = service === 'table' ? options.location : path.join(options.location, 'blob');
    mkdirSync(folder, { recursive: true });
    args.push('--location', path.resolve(folder));
  } else {
    args.push('--inMemoryPersistence');
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // The end of what Azurite said while starting, for the error when it does not.
  let output = '';
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `Azurite (${service}) did not start within ${options.startTimeoutMs ?? 15000} ms: ${output.slice(-500)}`,
        ),
      );
    }, options.startTimeoutMs ?? 15000);
    const started = () => {
      if (!/successfully (started|listens)/.test(output)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', started);
    child.stderr?.on('data', started);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite (${service}) exited with code ${code}: ${output.slice(-500)}`));
    });
  });
  // Once it listens, what it says is not kept: a process that runs for days would hold all of it.
  for (const stream of [child.stdout, child.stderr]) {
    stream?.removeAllListeners('data');
    stream?.resume();
  }
  return child;
}

/** Starts Azurite's Table service (and, with `blobPort`, its Blob service) and waits until they listen. */
export async function startAzurite(options: AzuriteOptions): Promise<RunningAzurite> {
  const started = await Promise.allSettled([
    startService('table', options.port, options),
    options.blobPort ? startService('blob', options.blobPort, options) : Promise.resolve(undefined),
  ]);
  const [table, blob] = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed || !table) {
    // One came up without the other: it is not left running.
    for (const child of [table, blob]) if (child) await stopChild(child);
    throw (failed as PromiseRejectedResult | undefined)?.reason ?? new Error('Azurite did not start');
  }
  return {
    port: options.port,
    ...(options.blobPort ? { blobPort: options.blobPort } : {}),
    connectionString: azuriteConnectionString(options.port, options.blobPort),
    process: table,
    // Azurite saves its data on SIGINT; SIGTERM ends it at once and loses what it had not saved yet.
    stop: async () => {
      await Promise.all([
        stopChild(table, 10_000, 'SIGINT'),
        blob ? stopChild(blob, 10_000, 'SIGINT') : undefined,
      ]);
    },
  };
}

/** Ends a child process and waits for it; SIGKILL if it lingers. */
export async function stopChild(
  child: ChildProcess,
  graceMs = 3000,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** The embedded Azurite where the settings give no storage: on its configured ports, its data under DATA_DIR. */
export function startConfiguredAzurite(storage: {
  readonly azuritePort: number;
  readonly azuriteBlobPort: number;
  readonly dataDir: string;
}): Promise<RunningAzurite> {
  return startAzurite({
    port: storage.azuritePort,
    blobPort: storage.azuriteBlobPort,
    location: path.join(storage.dataDir, 'azurite'),
  });
}
