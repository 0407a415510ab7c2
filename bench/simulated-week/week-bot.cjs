/*
 * The bot of the simulated week: the built bot (dist/, what production runs) as its own process, on a clock its
 * parent sets over IPC. Plain JavaScript, so nothing but the product is loaded into the process that is measured.
 */
const { DateTime } = require('luxon');
const { loadConfig } = require('../../dist/bot/config/load-config.js');
const { startApp } = require('../../dist/bot/main.js');

const ZONE = 'Europe/Stockholm';
let at = DateTime.fromISO(process.env.WEEK_START ?? '', { zone: ZONE });
/** Stands where the parent last set it: the week moves only when the generator says so; waiting stays real. */
const clock = {
  now: () => at,
  monotonic: () => performance.now(),
  sleep: (ms, options) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      if (options?.background) timer.unref();
    }),
};

async function main() {
  const app = await startApp(loadConfig(), process.env.TABLES_CONNECTION_STRING ?? '', { clock });
  process.on('message', (message) => {
    if (message.at) at = DateTime.fromISO(message.at, { zone: ZONE });
    const done = (async () => {
      if (message.poll) await app.pollers.youtube.poll();
      if (message.sweep) await app.reminders.sweep();
      if (message.outbox) await app.outbox.sweep();
      // What is kept, not what is not yet collected.
      if (message.measure) globalThis.gc?.();
    })();
    void done.finally(() => process.send?.({ seq: message.seq, rssMb: process.memoryUsage().rss / 2 ** 20 }));
  });
  process.send?.({ seq: 0, url: app.url });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
