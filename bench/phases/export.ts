import { DateTime } from 'luxon';
import { figure, TARGETS } from '../bench-targets';
import { PHOTOS } from '../archive-at-volume';
import { exportAtVolume } from '../export-at-volume';
import type { Phase } from '../phase';

/**
 * The CSV export of 13 weeks of a year of 250,000 comments, then the archive package of the last whole month with
 * photos kept: the memory each takes, and everything there.
 */
export const exportPhase: Phase = {
  name: 'export',
  about:
    "the CSV export of 13 weeks of a 250,000-comment year and a month's archive package: memory while they stream",
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
        figure(
          `Archive package of a month (${result.archive.comments.toLocaleString('en')} comments, ${result.archive.photoMegabytes} MB of kept photos), bot memory beyond its rest`,
          result.archive.growthMb,
          'MB',
          TARGETS.exportGrowthMb,
          `${result.archive.restingRssMb} → ${result.archive.peakRssMb} MB; ${result.archive.files} files, ${result.archive.megabytes} MB in ${result.archive.ms} ms`,
        ),
        figure(
          'Archive package files missing or extra, photos not as kept',
          Math.abs(result.archive.files - result.archive.filesExpected) +
            (PHOTOS.count - result.archive.photos),
          '',
          0,
          `${result.archive.files} of ${result.archive.filesExpected} files; ${result.archive.photos} of ${PHOTOS.count} photos`,
          '=',
        ),
      ],
      raw: { ...result },
    };
  },
};
