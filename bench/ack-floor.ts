import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { freePort } from '../test/support/free-port';
import { percentile, round } from './bench-process';
import { atRate, commentSender } from './webhook-load';

/** The floor's acknowledgement p99 at each rate, and how long its cards took to be done after the last delivery. */
export interface AckFloor {
  readonly p99Ms: Record<string, number>;
  readonly cardsDoneAfterMs: Record<string, number>;
}

/**
 * The acknowledgement floor at the rates the product is measured at: the same deliveries, at the same rates, into
 * a receiver with nothing but the product's storage I/O (`ack-floor-receiver.ts`), in its own table on the same
 * Azurite. With `cards: 'all'` it posts every card the moment its comment is stored; with 'none' it posts none,
 * which is what the store can acknowledge when it does nothing else.
 */
export async function ackFloor(
  connection: string,
  table: string,
  connectorUrl: string,
  rates: readonly number[],
  cards: 'all' | 'none',
): Promise<AckFloor> {
  const receiver = await startFloorReceiver([connection, table, connectorUrl, cards]);
  try {
    const send = commentSender(receiver.url, Math.floor(Date.now() / 1000) - 60);
    const p99Ms: Record<string, number> = {};
    const cardsDoneAfterMs: Record<string, number> = {};
    for (const rate of rates) {
      const done = await atRate(send, rate, 5);
      p99Ms[`${rate}/s`] = round(
        percentile(
          done.map((d) => d.ackMs),
          99,
        ),
      );
      const last = performance.now();
      await receiver.idle();
      cardsDoneAfterMs[`${rate}/s`] = round(performance.now() - last);
    }
    return { p99Ms, cardsDoneAfterMs };
  } finally {
    await receiver.stop();
  }
}

/** A floor receiver (`ack-floor-receiver.ts`) in its own process; `args` are its arguments after the port. */
export async function startFloorReceiver(args: readonly [string, string, string, ...string[]]) {
  const port = await freePort();
  const [connection, table, ...rest] = args;
  const child = fork(
    path.join(__dirname, 'ack-floor-receiver.ts'),
    [connection, table, String(port), ...rest],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  await once(child, 'message');
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    /** Resolves once every card the receiver started is done. */
    idle: async () => {
      child.send('idle?');
      await once(child, 'message');
    },
    stop: async () => {
      child.kill();
      await once(child, 'exit');
    },
  };
}
