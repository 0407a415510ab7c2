import { languageOfLocale } from '../../services/domain/reader-language';
import type { CardStrings } from './card-strings';
import { EN } from './en';
import { SV } from './sv';

/** Swedish by default; English where the Teams user's locale is English (e.g. "en-US", "en-GB"). */
export function stringsFor(locale: string | undefined): CardStrings {
  return languageOfLocale(locale) === 'en' ? EN : SV;
}
