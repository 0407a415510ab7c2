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
export function plainLanguageHelp(S: CardStrings, advice: PlainLanguageAdvice): Element[] {
  const P = S.plainLanguage;
  return [
    text(P.title, { size: 'small', spacing: 'medium' }),
    ...plainLanguageLines(S, advice).map((line) =>
      literal(
        line,
        { size: 'small', ...(line.startsWith('✓') ? { color: 'good' } : {}) },
        { spacing: 'none' },
      ),
    ),
  ];
}

/** The help as lines of text, each starting with • (advice) or ✓ (nothing to change): for the card and the tab. */
export function plainLanguageLines(S: CardStrings, advice: PlainLanguageAdvice): string[] {
  const P = S.plainLanguage;
  const lines: string[] = [
    ...(advice.lix ? [P.lix(advice.lix.value, advice.lix.band)] : []),
    ...advice.plainer.slice(0, WORDS_SHOWN).map((p) => P.plainer(p.found, p.plainer)),
    ...advice.longSentences.map((s) => P.longSentence(s.words, s.start)),
    ...(advice.passives.length > 0 ? [P.passives([...new Set(advice.passives)].join(', '))] : []),
    ...(advice.greeting === 'missing' ? [P.noGreeting] : []),
    ...(advice.greeting === 'without_name' && advice.firstName ? [P.greetByName(advice.firstName)] : []),
    ...(advice.signed ? [] : [P.unsigned]),
    ...(advice.longerThanComment ? [P.longerThanComment(advice.longerThanComment)] : []),
  ];
  const hardToRead =
    advice.lix !== undefined && (advice.lix.band === 'hard' || advice.lix.band === 'very_hard');
  const flagged =
    hardToRead ||
    advice.plainer.length + advice.longSentences.length + advice.passives.length > 0 ||
    advice.greeting !== 'by_name' ||
    !advice.signed ||
    advice.longerThanComment !== undefined;
  return [...lines.map((line) => `• ${line}`), ...(flagged ? [] : [`✓ ${P.nothingToChange}`])];
}
