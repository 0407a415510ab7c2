import type { PlainLanguageAdvice } from '../services/domain/plain-language/advise';
import { text, type Element } from './card-elements';
import type { CardStrings } from './locale/card-strings';
import { literal } from './literal-text';

/** How many plainer words are listed; the rest are found again once these are changed. */
const WORDS_SHOWN = 5;

/**
 * The klarspråk help under the preview: the draft's readability, words with plainer ones beside them, long sentences,
 * passive verbs, the greeting and the signature. Only advice: the preview's Skicka sends the text as written. Each
 * line quotes the writer's own words, so each is literal text.
 */
export function plainLanguageHelp(
  S: CardStrings,
  advice: PlainLanguageAdvice,
  of: HelpedText = 'reply',
): Element[] {
  const P = S.plainLanguage;
  return [
    text(P.title, { size: 'small', spacing: 'medium' }),
    ...plainLanguageLines(S, advice, of).map((line) =>
      literal(
        line,
        { size: 'small', ...(line.startsWith('✓') ? { color: 'good' } : {}) },
        { spacing: 'none' },
      ),
    ),
  ];
}

/**
 * What the help is about: a `reply` as the resident will read it, or a `part` of one (a department's answer, which
 * the holder greets, signs and fits to the comment): then only its readability, words, sentences and verbs.
 */
export type HelpedText = 'reply' | 'part';

/** The help as lines of text, each starting with • (advice) or ✓ (nothing to change): for the card and the tab. */
export function plainLanguageLines(
  S: CardStrings,
  advice: PlainLanguageAdvice,
  of: HelpedText = 'reply',
): string[] {
  const P = S.plainLanguage;
  const reply = of === 'reply';
  const lines: string[] = [
    ...(advice.lix ? [P.lix(advice.lix.value, advice.lix.band)] : []),
    ...advice.plainer.slice(0, WORDS_SHOWN).map((p) => P.plainer(p.found, p.plainer)),
    ...advice.longSentences.map((s) => P.longSentence(s.words, s.start)),
    ...(advice.passives.length > 0 ? [P.passives([...new Set(advice.passives)].join(', '))] : []),
    ...(reply && advice.greeting === 'missing' ? [P.noGreeting] : []),
    ...(reply && advice.greeting === 'without_name' && advice.firstName
      ? [P.greetByName(advice.firstName)]
      : []),
    ...(reply && !advice.signed ? [P.unsigned] : []),
    ...(reply && advice.longerThanComment ? [P.longerThanComment(advice.longerThanComment)] : []),
  ];
  const hardToRead =
    advice.lix !== undefined && (advice.lix.band === 'hard' || advice.lix.band === 'very_hard');
  const flagged =
    hardToRead ||
    advice.plainer.length + advice.longSentences.length + advice.passives.length > 0 ||
    (reply && (advice.greeting !== 'by_name' || !advice.signed || advice.longerThanComment !== undefined));
  const fine = reply ? P.nothingToChange : P.nothingToChangeInPart;
  return [...lines.map((line) => `• ${line}`), ...(flagged ? [] : [`✓ ${fine}`])];
}
