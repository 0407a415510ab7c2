import { francAll } from 'franc-min';

/**
 * The languages a comment to the city is told apart in (ISO 639-3, as franc names them), with their BCP 47 tags:
 * the city's own, its neighbours', and those most spoken in Malmö besides Swedish.
 */
const LANGUAGES: Readonly<Record<string, string>> = {
  swe: 'sv',
  eng: 'en',
  arb: 'ar',
  pes: 'fa',
  tur: 'tr',
  pol: 'pl',
  bos: 'bs',
  hrv: 'hr',
  srp: 'sr',
  som: 'so',
  fin: 'fi',
  deu: 'de',
  spa: 'es',
  fra: 'fr',
  dan: 'da',
  nob: 'nb',
  ukr: 'uk',
  rus: 'ru',
  ckb: 'ckb',
  kmr: 'kmr',
  ita: 'it',
  por: 'pt',
  ron: 'ro',
  hun: 'hu',
  nld: 'nl',
  ell: 'el',
  tir: 'ti',
  amh: 'am',
  vie: 'vi',
  tha: 'th',
  cmn: 'zh',
  hin: 'hi',
  urd: 'ur',
};

/** The languages a saved answer can be kept in (BCP 47): Swedish and those a comment is told apart in. */
export const ANSWER_LANGUAGES: readonly string[] = Object.values(LANGUAGES);

/** Shorter texts say too little to tell a language by (franc's own floor is 10 characters). */
const MIN_LENGTH = 20;
/** The runner-up must score clearly lower: Danish against Swedish or German is not told apart. */
const CLEAR_MARGIN = 0.9;

/**
 * The language a comment is written in, as a BCP 47 tag, when it is not Swedish and can be told (franc-min, trigram
 * frequencies): so someone who reads it can take it. Undefined for Swedish, for a short text, and when two languages
 * score alike.
 */
export function foreignLanguageOf(text: string): string | undefined {
  if ([...text.trim()].length < MIN_LENGTH) return undefined;
  const [first, second] = francAll(text, { only: Object.keys(LANGUAGES), minLength: MIN_LENGTH });
  if (!first || first[0] === 'und' || first[0] === 'swe') return undefined;
  if (second && second[1] >= CLEAR_MARGIN) return undefined;
  return LANGUAGES[first[0]];
}
