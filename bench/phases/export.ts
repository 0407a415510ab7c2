import { DateTime } from 'luxon';
import { figure, TARGETS } from '../bench-targets';
import { exportAtVolume } from '../export-at-volume';
import type { Phase } from '../phase';

/** The CSV export of 13 weeks with a year of comments stored: the memory it takes, and every row there. */
export const exportPhase: Phase = {
  name: 'export',
  about: 'the CSV export of 13 weeks with 250,000 comments stored: memory while it streams',
  timed: false,
  async run({ azurite, prefix }) {
    const now = DateTime.now().setZone('Europe/Stockholm');
    const result = await exportAtVolume(azurite.connectionString, prefix, 250_000, now);
    return {
      figures: [
        figure(
          'CSV export of 13 weeks, bot memory beyond its rest, 250,000 comments stored',
          result.growthMb,
          'MB',
          TARGETS.exportGrowthMb,
          `${result.restingRssMb} → ${result.peakRssMb} MB; ${result.rows} rows, ${result.megabytes} MB in ${result.ms} ms; ${result.inPeriod} comments in the period`,
        ),
        figure(
          'CSV export rows missing or extra against the comments stored',
          Math.abs(result.rows - result.rowsExpected),
          '',
          0,
          `${result.rows} of ${result.rowsExpected}`,
          '=',
        ),
      ],
      raw: { ...result },
    };
  },
};
