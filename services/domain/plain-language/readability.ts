/** Words as a reader counts them: letters and digits, with inner hyphens and apostrophes. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences: ended by . ! ? or a line break; a sentence holds at least one word. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** The LIX bands Swedish readability is told in (Björnsson): from children's books to officialese. */
export type LixBand = 'very_easy' | 'easy' | 'medium' | 'hard' | 'very_hard';

/**
 * LIX (läsbarhetsindex, C.-H. Björnsson 1968): words per sentence plus the share of long words (more than six
 * letters) in per cent. Below 30 very easy (children's books), 30–40 easy (fiction, popular press), 40–50 medium
 * (newspapers), 50–60 hard (official texts), above 60 very hard (officialese).
 */
export function lix(text: string): { readonly value: number; readonly band: LixBand } {
  const words = wordsOf(text);
  const sentences = Math.max(1, sentencesOf(text).length);
  if (words.length === 0) return { value: 0, band: 'very_easy' };
  const long = words.filter((w) => [...w.replace(/[-'’]/g, '')].length > 6).length;
  const value = Math.round(words.length / sentences + (long * 100) / words.length);
  const band: LixBand =
    value < 30
      ? 'very_easy'
      : value < 40
        ? 'easy'
        : value < 50
          ? 'medium'
          : value < 60
            ? 'hard'
            : 'very_hard';
  return { value, band };
}
