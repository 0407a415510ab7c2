/** The words of the handled comments' CSV export: its column headings and the promise's outcome. */
export const CSV_COLUMNS = [
  'kommentar',
  'plattform',
  'konto',
  'skriven',
  'författare',
  'text',
  'tidsgräns',
  'första svar',
  'i tid',
  'status',
  'platina',
  'händelse tid',
  'händelse',
  'av',
  'detalj',
] as const;

export const PROMISE_TEXT = { kept: 'ja', broken: 'nej', pending: 'pågår', not_needed: 'behövs ej' } as const;

/** The moderation register's column headings: what was hidden or removed, on what ground, by whom, and the copy. */
export const MODERATION_COLUMNS = [
  'kommentar',
  'plattform',
  'konto',
  'skriven',
  'åtgärd',
  'grund',
  'av',
  'när',
  'författare (kopia)',
  'text (kopia)',
  'länk (kopia)',
  'gallrad',
] as const;

export const MODERATION_ACTIONS = { hidden: 'dold', removed: 'borttagen', unhidden: 'visad igen' } as const;
