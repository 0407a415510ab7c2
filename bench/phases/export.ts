import { DateTime } from 'luxon';
import { figure, TARGETS } from '../bench-targets';
import { exportAtVolume } from '../export-at-volume';
import type { Phase } from '../phase';

/** The CSV export of 13 weeks of a year of 250,000 comments: the memory it takes, and every row there. */
export const exportPhase: Phase = {
  name: 'export',
  about: 'the CSV export of 13 weeks of a 250,000-comment year: memory while it streams',
  timed: false,
  async run({ azurite, prefix }) {
    const now = DateTime.now().setZone('Europe/Stockholm');
    const result = await exportAtVolume(azurite.connectionString, prefix, 62_500, now);
    return {
      figures: [
        figure(
          'CSV export of 13 weeks (62,500 comments of a 250,000 year), bot memory beyond its rest',
          result.growthMb,
          'MB',
          TARGETS.exportGrowthMb,
          `${result.restingRssMb} → ${result.peakRssMb} MB; ${result.rows} rows, ${result.megabytes} MB in ${result.ms} ms; stored in ${result.writeMs} ms`,
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
