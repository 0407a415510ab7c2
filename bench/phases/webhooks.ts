import { stopChild } from '../../bot/local/azurite';
import { freePort } from '../../test/support/free-port';
import { ALEX, cardClick, installationAdded } from '../../test/support/teams-activities';
import { ackFloor } from '../ack-floor';
import { eventCounts, memoryBound, peakRssMb, percentile, round, rssMb, startBot } from '../bench-process';
import { figure, TARGETS, type Figure } from '../bench-targets';
import type { Phase } from '../phase';
import { atRate, commentSender, type Delivered } from '../webhook-load';

const RATES = [50, 100, 200];

/**
 * Webhook acknowledgements at 50, 100 and 200 a second against a receiver that only stores (the floor, in the same
 * run); nothing lost at 200/s; claims on the cards that storm made (counted only when Teams' answer says taken);
 * and the bot's peak memory through it, in the container's memory.
 */
export const webhooks: Phase = {
  name: 'webhooks',
  about: 'webhook ack p99 at 100/s and 200/s against storing only, comments lost, claim p99, peak RSS',
  timed: true,
  async run({ azurite, connector, prefix }) {
    const raw: Record<string, unknown> = {};
    const figures: Figure[] = [];
    // The floor: the same deliveries at the same rates into a receiver that stores what the product stores, and
    // posts no card: the least any receiver that acknowledges only once stored can do.
    const floor = await ackFloor(azurite.connectionString, `${prefix}AckStore`, connector.url, RATES, 'none');
    raw.ackFloorStoringOnly = floor;
    const port = await freePort();
    // Shed webhooks are delivered again after a second, as the platforms do (they wait longer).
    const bot = await startBot(port, azurite.connectionString, prefix, { WEBHOOK_RETRY_AFTER_SECONDS: '1' });
    const base = `http://127.0.0.1:${port}`;
    raw.botRestingRssMb = round(rssMb(bot.pid ?? 0));
    await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(installationAdded(connector.url)),
    });
    const send = commentSender(base, Math.floor(Date.now() / 1000) - 60);
    // Who has a card, read from each new thread once: the load generator shares the bot's cores.
    const postedAuthors = new Set<string>();
    let threadsRead = connector.newThreads().length;
    const posted = (): ReadonlySet<string> => {
      const threads = connector.newThreads();
      for (; threadsRead < threads.length; threadsRead += 1) {
        const author = JSON.stringify(threads[threadsRead]?.body).match(/Bänk \d+/)?.[0];
        if (author) postedAuthors.add(author);
      }
      return postedAuthors;
    };
    const ack: Record<string, { p50: number; p99: number; shed: number; failed: number }> = {};
    let at200: Delivered[] = [];
    for (const rate of RATES) {
      const done = await atRate(send, rate, 5);
      if (rate === 200) at200 = done;
      const accepted = done.filter((d) => d.ok).map((d) => d.ackMs);
      ack[`${rate}/s`] = {
        p50: round(percentile(accepted, 50)),
        p99: round(percentile(accepted, 99)),
        shed: done.reduce((sum, d) => sum + d.shed, 0),
        failed: done.filter((d) => !d.ok).length,
      };
    }
    raw.webhookAckMs = ack;
    const ratio = (rate: string) => round((ack[rate]?.p99 ?? NaN) / (floor.p99Ms[rate] ?? NaN));
    const detail = (rate: string) =>
      `${ack[rate]?.p99} ms against ${floor.p99Ms[rate]} ms storing only (p50 ${ack[rate]?.p50} ms)`;
    figures.push(figure('webhook ack p99 at 100/s ÷ storing only', ratio('100/s'), '', 1.5, detail('100/s')));
    figures.push(
      figure(
        'webhook ack p99 at 200/s, accepted ones ÷ storing only',
        ratio('200/s'),
        '',
        1.5,
        `${detail('200/s')}; ${ack['200/s']?.shed} answers 503`,
      ),
    );
    // A comment from the 200/s storm still without its card two minutes later is lost.
    const unposted = () => {
      const have = posted();
      return at200.filter((d) => !have.has(d.author)).length;
    };
    const giveUpAt = Date.now() + 120_000;
    while (unposted() > 0 && Date.now() < giveUpAt) await new Promise((r) => setTimeout(r, 200));
    figures.push(
      figure('comments lost at 200/s', unposted(), '', TARGETS.lostAt200, `of ${at200.length}`, '='),
    );

    // Claims on the storm's cards: a claim counts only when it is answered 200 with the card saying it is taken.
    const claims: number[] = [];
    let refused = 0;
    const cards = connector
      .newThreads()
      .map((thread) => ({ thread, key: /"commentKey":"([^"]+)"/.exec(JSON.stringify(thread.body))?.[1] }))
      .filter((card) => card.key !== undefined)
      .slice(-200);
    for (const { thread, key } of cards) {
      const started = performance.now();
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          cardClick(connector.url, ALEX, String(thread.postedId ?? 'a'), 'claim', { commentKey: key }),
        ),
      });
      const answer = await response.text();
      const ms = performance.now() - started;
      if (response.status === 200 && answer.includes(`Tagen av ${ALEX.name}`)) claims.push(ms);
      else refused += 1;
    }
    figures.push(
      figure(
        'claim invoke p99, taken',
        round(percentile(claims, 99)),
        'ms',
        TARGETS.claimP99Ms,
        `${claims.length} taken${refused ? `, ${refused} not` : ''}`,
      ),
    );
    raw.botWarningsByEvent = eventCounts(bot);
    raw.botPeakRssMb = peakRssMb(bot.pid ?? 0);
    const limitMb = memoryBound(bot)?.limitMb;
    figures.push(
      figure(
        'bot peak RSS, through the 200/s storm',
        raw.botPeakRssMb as number,
        'MB',
        TARGETS.peakRssMb,
        `${raw.botRestingRssMb} MB at rest; ${limitMb === 'machine' ? "the machine's memory" : `${limitMb} MB, the container's memory`}`,
      ),
    );
    await stopChild(bot);
    return { figures, raw };
  },
};
