/** Something that knows what Svarsvakten cannot see right now: a paused read, a refused credential, a quiet account. */
export interface NoteSource {
  notes(): Promise<string[]>;
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

  async lines(): Promise<string[]> {
    return (await Promise.all(this.sources.map((source) => source.notes()))).flat();
  }
}
