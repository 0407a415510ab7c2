import { longestArchivePeriod } from '../../services/domain/archive-period';
import type { Config } from './config-shape';

/** A setting, or a combination, that the records officer should know of at start: what it does to the records. */
export interface RecordsPlanNote {
  readonly setting: string;
  readonly text: string;
}

/**
 * The combinations of settings under which comments lose their words before their period is archived, or are never
 * purged without anyone being told: said at every start, so nobody runs them unknowingly.
 */
export function recordsPlanNotes(config: Config): RecordsPlanNote[] {
  const { days, archivedByOtherMeans } = config.retention;
  if (days <= 0) return [];
  const notes: RecordsPlanNote[] = [];
  if (archivedByOtherMeans) {
    notes.push({
      setting: 'ARCHIVED_BY_OTHER_MEANS',
      text: `ARCHIVED_BY_OTHER_MEANS=yes: comments are purged ${days} days after they were written whether or not their period's archive package was taken out; the city archives them another way`,
    });
    const periodDays = longestArchivePeriod(config.archiveMonths) * 31;
    if (config.archiveMonths.length > 0 && days < periodDays) {
      notes.push({
        setting: 'RETENTION_DAYS',
        text: `RETENTION_DAYS=${days} is shorter than an archiving period (ARCHIVE_MONTHS): with ARCHIVED_BY_OTHER_MEANS=yes, a period's first comments are purged before its archive package is due, and the package holds them without the residents' words`,
      });
    }
  } else if (config.archiveMonths.length === 0) {
    notes.push({
      setting: 'ARCHIVE_MONTHS',
      text: `RETENTION_DAYS=${days} with ARCHIVE_MONTHS=none: nothing is purged until an archive package is taken out for its period, and no reminder says when one is due`,
    });
  }
  return notes;
}
