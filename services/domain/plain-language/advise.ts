import { lix, sentencesOf, wordsOf, type LixBand } from './readability';

/** A word or phrase the writing guides call officialese, and a plainer one (cards/locale/plainer-words.ts). */
export interface PlainerWord {
  /** Lower case; a phrase is matched as whole words. */
  readonly word: string;
  readonly plainer: string;
}

/** What the klarspråk help says about a draft: advice only, nothing is refused. */
export interface PlainLanguageAdvice {
  readonly language: 'sv' | 'en';
  /** Swedish only: LIX has no English counterpart the city uses. */
  readonly lix?: { readonly value: number; readonly band: LixBand };
  /** Officialese found, each with a plainer word. */
  readonly plainer: readonly { readonly found: string; readonly plainer: string }[];
  /** Sentences of more than LONG_SENTENCE_WORDS words: how long, and how each begins. */
  readonly longSentences: readonly { readonly words: number; readonly start: string }[];
  /** Passive verbs found: writing who does what is warmer and clearer. */
  readonly passives: readonly string[];
  /** Whether the answer greets the resident, and by first name where the platform gives one. */
  readonly greeting: 'by_name' | 'without_name' | 'missing';
  /** The first name it could greet with, when known. */
  readonly firstName?: string;
  /** Whether the published text ends with the writer's name. */
  readonly signed: boolean;
  /** How many times longer than the comment it answers, when that is a lot (a long answer to a short question). */
  readonly longerThanComment?: number;
}

/** Språkrådet: a sentence of more than about 25 words is hard to follow. */
export const LONG_SENTENCE_WORDS = 25;

const SWEDISH_MARKERS = new Set([
  'och',
  'att',
  'det',
  'är',
  'som',
  'på',
  'för',
  'med',
  'har',
  'inte',
  'vi',
  'du',
  'kan',
  'ni',
  'hej',
  'tack',
  'jag',
  'ska',
]);
const ENGLISH_MARKERS = new Set([
  'the',
  'and',
  'to',
  'is',
  'of',
  'for',
  'you',
  'we',
  'it',
  'in',
  'on',
  'with',
  'that',
  'this',
  'are',
  'have',
  'not',
  'can',
  'hi',
  'your',
  'thanks',
]);
const GREETINGS = {
  sv: ['hej', 'hejsan', 'hallå', 'tjena', 'god morgon', 'god dag', 'god kväll', 'tack'],
  en: ['hi', 'hello', 'dear', 'good morning', 'good afternoon', 'good evening', 'thanks', 'thank you'],
} as const;
/** Verbs that end like a passive and are not one (deponents), and words that merely end so. */
const NOT_PASSIVE = new Set([
  'finnas',
  'hoppas',
  'lyckas',
  'minnas',
  'synas',
  'trivas',
  'andas',
  'låtsas',
  'kräkas',
  'brottas',
  'umgås',
  'vistas',
  'åldras',
  'fattas',
  'ananas',
  'kalas',
  'alltmedan',
  'kanske',
]);

/** Swedish or English, by which language's common small words the text has more of. */
function languageOf(words: readonly string[]): 'sv' | 'en' {
  const lower = words.map((w) => w.toLowerCase());
  const sv = lower.filter((w) => SWEDISH_MARKERS.has(w)).length;
  const en = lower.filter((w) => ENGLISH_MARKERS.has(w)).length;
  return en > sv ? 'en' : 'sv';
}

function officialese(text: string, list: readonly PlainerWord[]): PlainLanguageAdvice['plainer'] {
  const normalised = ` ${wordsOf(text).join(' ').toLowerCase()} `;
  // In the order the writer meets them in their text.
  return list
    .map((entry) => ({ entry, at: normalised.indexOf(` ${entry.word} `) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => ({ found: entry.word, plainer: entry.plainer }));
}

function passivesIn(text: string, language: 'sv' | 'en'): string[] {
  if (language === 'en') {
    return [...text.matchAll(/\b(?:is|are|was|were|be|been|being)\s+(\w+ed)\b/gi)].map((m) => m[0]);
  }
  // The s-passive: "hämtas", "skickades", "har tagits". Capitalised words are names ("Jonas"), not verbs.
  return wordsOf(text).filter(
    (word) =>
      /^\p{Ll}/u.test(word) &&
      [...word].length >= 5 &&
      /(?:as|es|ats|its)$/u.test(word) &&
      !NOT_PASSIVE.has(word),
  );
}

/** The first name a resident can be greeted by: the first word of a name, not of a handle. */
function firstNameOf(authorName: string): string | undefined {
  const first = authorName.trim().split(/\s+/)[0] ?? '';
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(first) ? first : undefined;
}

function greetingOf(
  draft: string,
  language: 'sv' | 'en',
  firstName: string | undefined,
): PlainLanguageAdvice['greeting'] {
  const opening = (draft.trim().split(/[\n.!?]/)[0] ?? '').toLowerCase();
  const greets = GREETINGS[language].some(
    (g) => opening === g || opening.startsWith(`${g} `) || opening.startsWith(`${g},`),
  );
  if (!greets) return 'missing';
  return firstName && !opening.includes(firstName.toLowerCase()) ? 'without_name' : 'by_name';
}

/**
 * The klarspråk help on a draft, in the language it is written in: its LIX and band (Swedish), officialese with
 * plainer words, long sentences, passive verbs, whether it greets the resident by name and is signed, and whether it
 * is much longer than the comment it answers. Advice for the writer; what they send is theirs.
 */
export function adviseOn(
  draft: string,
  signedText: string,
  comment: { readonly text: string; readonly authorName: string },
  plainerWords: { readonly sv: readonly PlainerWord[]; readonly en: readonly PlainerWord[] },
): PlainLanguageAdvice {
  const language = languageOf(wordsOf(draft));
  const firstName = firstNameOf(comment.authorName);
  const longSentences = sentencesOf(draft)
    .map((sentence) => ({ sentence, words: wordsOf(sentence) }))
    .filter(({ words }) => words.length > LONG_SENTENCE_WORDS)
    .map(({ words }) => ({ words: words.length, start: `${words.slice(0, 6).join(' ')} …` }));
  const ratio = comment.text.length > 0 ? signedText.length / comment.text.length : 0;
  return {
    language,
    ...(language === 'sv' ? { lix: lix(draft) } : {}),
    plainer: officialese(draft, plainerWords[language]),
    longSentences,
    passives: passivesIn(draft, language),
    greeting: greetingOf(draft, language, firstName),
    ...(firstName ? { firstName } : {}),
    signed: /\/\s*\p{L}[\p{L} .'-]*$/u.test(signedText.trim()),
    ...(signedText.length > 400 && ratio > 4 ? { longerThanComment: Math.round(ratio) } : {}),
  };
}
