/** The languages the bot writes in: Swedish, and English for those who read Teams in English. */
export type ReaderLanguage = 'sv' | 'en';

export const READER_LANGUAGES: readonly ReaderLanguage[] = ['sv', 'en'];

export function isReaderLanguage(value: unknown): value is ReaderLanguage {
  return value === 'sv' || value === 'en';
}

/** The language of a Teams locale ("en-US", "sv-SE"): English where it is English, Swedish otherwise. */
export function languageOfLocale(locale: string | undefined): ReaderLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
