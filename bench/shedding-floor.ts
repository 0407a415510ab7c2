import { percentile, round } from './bench-process';
import { measureCpu, type CpuShares } from './cpu-time';
import { startFloorReceiver } from './ack-floor';
import { commentSender } from './webhook-load';

/** One burst through the shedding floor at one limit. */
export interface SheddingFloorRun {
  /** Comments stored or posted at once; one more delivery is answered 503. 0: none is. */
  readonly limit: number;
  /** From the burst's first delivery until every card is done. */
  readonly ms: number;
  readonly acceptedAckP99Ms: number;
  readonly shed: number;
  /** Who used the cores during the burst: the receiver, Azurite and the load. */
  readonly cpu: CpuShares;
}

/**
 * What ingesting and posting `n` comments delivered at once costs a receiver doing only the product's storage I/O
 * (`ack-floor-receiver.ts`, posting every card) over HTTP: taking them all (limit 0), and behind the simplest
 * shedder, a fixed limit on the comments being stored or posted, the rest answered 503 and delivered again a
 * second later as the benchmark's platforms do. Shows what keeping acknowledgements short costs a burst on this
 * store whatever the product does. Each limit runs in its own process, warmed up first, under its own row keys in
 * `table`'s `facebook` partition (the product's, so that a write costs what the product's does).
 */
export async function sheddingFloor(
  connection: string,
  table: string,
  connectorUrl: string,
  n: number,
  limits: readonly number[],
  azuritePid?: number,
): Promise<SheddingFloorRun[]> {
  const runs: SheddingFloorRun[] = [];
  for (const limit of limits) {
    const receiver = await startFloorReceiver([
      connection,
      table,
      connectorUrl,
      'all',
      String(limit),
      `shed${limit}|`,
    ]);
    try {
      const send = commentSender(receiver.url, Math.floor(Date.now() / 1000) - 60);
      // A fresh process's first requests pay for loading and connecting; the product's bot is warm by then.
      for (let i = 0; i < 20; i += 1) await send();
      await receiver.idle();
      const { result: done, shares } = await measureCpu(
        { receiver: receiver.pid, azurite: azuritePid },
        async () => {
          const sent = await Promise.all(Array.from({ length: n }, () => send()));
          await receiver.idle();
          return sent;
        },
      );
      runs.push({
        limit,
        ms: shares.wallMs,
        cpu: shares,
        acceptedAckP99Ms: round(
          percentile(
            done.filter((d) => d.ok).map((d) => d.ackMs),
            99,
          ),
        ),
        shed: done.reduce((sum, d) => sum + d.shed, 0),
      });
    } finally {
      await receiver.stop();
    }
  }
  return runs;
}

/** The runs for the benchmark's table: taking all, then each limit's time and accepted acknowledgement p99. */
export function describeSheddingFloor(runs: readonly SheddingFloorRun[]): string {
  const all = runs.find((run) => run.limit === 0);
  const limited = runs.filter((run) => run.limit > 0);
  const list = (pick: (run: SheddingFloorRun) => number) => limited.map(pick).join(' / ');
  return (
    `over HTTP taking all ${all?.ms} ms, ack p99 ${all?.acceptedAckP99Ms} ms; shedding at ` +
    `${list((r) => r.limit)}: ${list((r) => r.ms)} ms, ack p99 ${list((r) => r.acceptedAckP99Ms)} ms`
  );
}
