import type { NoticeWords } from '../../../cards/locale/admin-notice-texts';

/** Something that knows what Svarsvakten cannot see right now: a paused read, a refused credential, a quiet account. */
export interface NoteSource {
  notes(): Promise<NoticeWords[]>;
}

/**
 * The lines the daily overview adds about what Svarsvakten cannot see right now, gathered from each part that
 * knows; parts are added as they are built (the pollers come after the reminders they feed).
 */
export class OverviewNotes {
  private readonly sources: NoteSource[] = [];

  from(...sources: readonly NoteSource[]): void {
    this.sources.push(...sources);
  }

  /** Each line in words of either language: the overview draws them in its channel's. */
  async lines(): Promise<NoticeWords[]> {
    return (await Promise.all(this.sources.map((source) => source.notes()))).flat();
  }
}
