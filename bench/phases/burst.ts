import os from 'node:os';
import { stopChild } from '../../bot/local/azurite';
import { TABLES } from '../../services/adapters/tables/table-names';
import { freePort } from '../../test/support/free-port';
import { installationAdded } from '../../test/support/teams-activities';
import { percentile, round, startBot } from '../bench-process';
import { figure, TARGETS } from '../bench-targets';
import { describeCpu, measureCpu } from '../cpu-time';
import { ioFloorMs } from '../io-floor';
import type { Phase } from '../phase';
import { describeSheddingFloor, sheddingFloor } from '../shedding-floor';
import { commentSender } from '../webhook-load';

const N = 300;

/**
 * 300 comments at once: stored and posted by the bot, against the bare loop of the same storage I/O in the same
 * table (the floor), and the same I/O over HTTP behind fixed limits of what is taken at once. Azurite's work for a
 * row grows with the rows already in its partition, and each of these writes 300 comments' rows into it: the loop
 * runs just before the product and again after it (the bot stopped), and the product is judged against the mean.
 */
export const burst: Phase = {
  name: 'burst',
  about: '300 comments at once: stored and posted, against the bare I/O loop and fixed limits',
  timed: true,
  async run({ azurite, connector, prefix }) {
    const port = await freePort();
    const bot = await startBot(port, azurite.connectionString, prefix, { WEBHOOK_RETRY_AFTER_SECONDS: '1' });
    const base = `http://127.0.0.1:${port}`;
    await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(installationAdded(connector.url)),
    });
    const send = commentSender(base, Math.floor(Date.now() / 1000) - 60);
    const table = `${prefix}${TABLES.comments}`;
    const azuritePid = azurite.process.pid;
    // Who used the two cores, beside each time: the loop and the load run in this process, as does the stand-in.
    const shedding = await sheddingFloor(
      azurite.connectionString,
      table,
      connector.url,
      N,
      [0, 32, 64],
      azuritePid,
    );
    const floor = await measureCpu({ azurite: azuritePid }, () =>
      ioFloorMs(azurite.connectionString, table, connector.url, N),
    );
    const before = connector.newThreads().length;
    const product = await measureCpu({ azurite: azuritePid, bot: bot.pid }, async () => {
      const started = performance.now();
      const sent = await Promise.all(Array.from({ length: N }, () => send()));
      while (connector.newThreads().length < before + N && performance.now() - started < 60_000)
        await new Promise((r) => setTimeout(r, 5));
      return sent;
    });
    // The bot stopped first: what it does once the cards are out (counting the day's figures) is not the loop's.
    await stopChild(bot);
    const after = await measureCpu({ azurite: azuritePid }, () =>
      ioFloorMs(azurite.connectionString, table, connector.url, N, { tag: 'after' }),
    );
    const floorMs = (floor.result + after.result) / 2;
    const delivered = product.result;
    const productMs = product.shares.wallMs;
    const ackP99 = round(
      percentile(
        delivered.filter((d) => d.ok).map((d) => d.ackMs),
        99,
      ),
    );
    return {
      figures: [
        figure(
          `ingest + post ${N} at once ÷ I/O floor`,
          round(productMs / floorMs),
          '',
          TARGETS.burstRatio,
          `${round(productMs)} / ${round(floorMs)} ms (the loop before ${round(floor.result)}, after ${round(after.result)}), accepted ack p99 ${ackP99} ms; ${describeSheddingFloor(shedding)}`,
        ),
        figure(`accepted ack p99, ${N} at once`, ackP99, 'ms', TARGETS.burstAckP99Ms),
      ],
      raw: {
        comments: N,
        productMs: round(productMs),
        ioFloorMs: round(floorMs),
        ioFloorBeforeMs: round(floor.result),
        ioFloorAfterMs: round(after.result),
        acceptedAckP99Ms: ackP99,
        shed: delivered.reduce((sum, d) => sum + d.shed, 0),
        floorOverHttpByLimit: shedding,
        cpu: {
          cores: os.cpus().length,
          floor: floor.shares,
          product: product.shares,
          floorAfter: after.shares,
          described: {
            floor: describeCpu(floor.shares, os.cpus().length),
            product: describeCpu(product.shares, os.cpus().length),
            floorAfter: describeCpu(after.shares, os.cpus().length),
          },
        },
      },
    };
  },
};
