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
