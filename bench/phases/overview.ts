import { DateTime } from 'luxon';
import { figure, TARGETS } from '../bench-targets';
import { countYears, overviewAtVolumes } from '../overview-at-volume';
import type { Phase } from '../phase';

/** The overview tab's figures with a year of comments counted: 25,000 and 250,000, the time and how it grows. */
export const overview: Phase = {
  name: 'overview',
  about: '/api/overview of 13 weeks with 25,000 and 250,000 comments counted',
  timed: true,
  storesOnce: true,
  async run({ azurite, prefix, stored }) {
    const counted = await stored(() =>
      countYears(
        azurite.connectionString,
        prefix,
        [25_000, 250_000],
        DateTime.now().setZone('Europe/Stockholm'),
      ),
    );
    const [small, large] = await overviewAtVolumes(azurite.connectionString, counted);
    if (!small || !large) throw new Error('Both sizes are asked');
    const growth = (from: number, to: number) => Math.round((to / from - 1) * 1000) / 10;
    return {
      figures: [
        figure(
          '/api/overview p95, 13 weeks, 250,000 comments stored',
          large.p95Ms,
          'ms',
          TARGETS.overviewP95Ms,
          `median ${large.medianMs} ms; ${large.rows} days × platforms written in ${large.writeMs} ms`,
        ),
        figure(
          '/api/overview median growth, 25,000 → 250,000 comments',
          growth(small.medianMs, large.medianMs),
          '%',
          TARGETS.overviewGrowthPercent,
          `${small.medianMs} → ${large.medianMs} ms; p95 ${small.p95Ms} → ${large.p95Ms} ms, ${growth(small.p95Ms, large.p95Ms)} %`,
        ),
        figure(
          '/api/overview answers whose kept and broken differ from the record',
          small.keptBrokenChecked && large.keptBrokenChecked ? 0 : 1,
          '',
          0,
          undefined,
          '=',
        ),
      ],
      raw: { small, large },
    };
  },
};
