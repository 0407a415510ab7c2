import { figure, TARGETS } from '../bench-targets';
import { measureCardLatency } from '../card-latency';
import type { Phase } from '../phase';

/** What a person notices, with Teams' limits on: webhook to visible card, ordinary pace and storm; peak memory. */
export const latency: Phase = {
  name: 'latency',
  about:
    "webhook to visible card with Teams' limits on, one a second and a storm of 100; peak RSS with pacing on",
  timed: true,
  async run({ azurite, connector, prefix }) {
    const result = await measureCardLatency(azurite.connectionString, prefix, connector);
    return {
      figures: [
        figure(
          'webhook to visible card p95, one a second, Teams pacing on',
          result.ordinary.p95Ms,
          'ms',
          TARGETS.visibleCardP95Ms,
          `median ${result.ordinary.p50Ms} ms, ${result.ordinary.comments} comments`,
        ),
        figure(
          'webhook to visible card p95, storm of 100 on one post, Teams pacing on',
          result.storm.p95Ms,
          'ms',
          TARGETS.stormLastCardMs,
          `median ${result.storm.p50Ms} ms, the last ${result.storm.lastMs} ms; Teams allows 60 in 30 s per thread`,
        ),
        figure('comments whose card was not seen within two minutes', result.unseen, '', 0, undefined, '='),
        figure('bot peak RSS through both, Teams pacing on', result.peakRssMb, 'MB', TARGETS.peakRssMb),
      ],
      raw: { cardLatency: result },
    };
  },
};
