import { AppError } from './app-error';
import type { StoredComment } from './comment';

/** One name or id the resident is known by on a platform. */
interface Term {
  /** As typed, trimmed. */
  readonly text: string;
  /** Lower case, one space between words, no leading '@': what names are compared in. */
  readonly words: readonly string[];
}

/**
 * What a data protection officer searches a resident by, for a register extract (registerutdrag, GDPR art. 15): the
 * names and ids the resident has on the platforms ("Johanna Berg; johanna.berg.nrv; 7023958164728391"), any of which
 * finds them.
 */
export interface SubjectQuery {
  /** As typed, trimmed. */
  readonly text: string;
  readonly terms: readonly Term[];
}

const normalise = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .split(/[\s,]+/)
    // Punctuation around a word goes (and a handle's @); what holds a handle together (. _ -) inside it stays.
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/** Names and ids separated by `;` or new lines; refuses a term too short to name one person (under three characters). */
export function subjectQuery(raw: string | undefined): SubjectQuery {
  const text = (raw ?? '').trim();
  const terms = text
    .split(/[;\n]+/)
    .map((term) => term.trim())
    .filter(Boolean);
  if (terms.length === 0 || text.length > 500 || terms.some((term) => term.length < 3)) {
    throw new AppError(
      'subject_query_invalid',
      'A register extract needs names or platform ids to search by',
    );
  }
  return { text, terms: terms.map((term) => ({ text: term, words: normalise(term) })) };
}

/**
 * A name of two words or more: each is a whole word of the name ("Anna Lindqvist" finds "Anna Maria Lindqvist", not
 * "Annika Lindqvist"). One word is a handle or an id, and finds only itself ("@johanna.berg.nrv", not every Berg).
 */
function nameMatches(name: string, term: Term): boolean {
  const words = normalise(name);
  if (term.words.length === 1) return words.length === 1 && words[0] === term.words[0];
  const set = new Set(words);
  return term.words.length > 1 && term.words.every((word) => set.has(word));
}

/** Whether the resident wrote it: their id on its platform, or their name as the platform showed it. */
export function isWrittenBy(comment: StoredComment, query: SubjectQuery): boolean {
  if (comment.anonymisedAt) return false;
  const copy = comment.moderation?.copy;
  return query.terms.some(
    (term) =>
      comment.authorId === term.text ||
      copy?.authorId === term.text ||
      nameMatches(comment.authorName, term) ||
      (copy !== undefined && nameMatches(copy.authorName, term)),
  );
}

/** Whether a text names the resident: their whole name as consecutive whole words, or a handle or id as a word. */
function names(text: string | undefined, query: SubjectQuery): boolean {
  if (text === undefined) return false;
  const words = normalise(text);
  return query.terms.some((term) =>
    words.some((_, at) => term.words.every((word, i) => words[at + i] === word)),
  );
}

/**
 * Where a comment someone else wrote names the resident: its text, the city's answers, its history, department
 * questions, notes. Only where, not what: the extract must hold nothing of anyone else, so the officer reads these
 * on their cards.
 */
export function placesNaming(comment: StoredComment, query: SubjectQuery): string[] {
  if (comment.anonymisedAt || isWrittenBy(comment, query)) return [];
  const named = (text: string | undefined) => names(text, query);
  const places: [string, boolean][] = [
    ['text', named(comment.text)],
    ['svar', comment.sent.some((sent) => named(sent.text))],
    ['historik', comment.recent.some((line) => named(line.detail))],
    ['frågor', (comment.questions ?? []).some((q) => named(q.question) || named(q.answer?.text))],
    ['anteckning', named(comment.closure?.note) || named(comment.draft)],
  ];
  return places.filter(([, found]) => found).map(([place]) => place);
}
