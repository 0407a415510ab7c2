import { AppError } from './app-error';
import type { StoredComment } from './comment';
import { ANSWER_LANGUAGES, foreignLanguageOf } from './comment-language';

/**
 * A saved answer (svarsmall): a text the communicators keep for questions that come again, for one account or for
 * all. `{namn}` becomes the resident's first name and `{länk}` the account's contact link when it fills the reply
 * box; the writer still personalises, previews and signs it (P8, P9).
 */
export interface SavedAnswer {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** `all`, or one account as `<platform>:<account id>`. */
  readonly scope: string;
  /** The language it is written in (BCP 47, `sv` when not said): offered first for a comment in that language. */
  readonly language?: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export const SAVED_ANSWER_LIMITS = { title: 80, text: 2000 } as const;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(['namn', 'länk']);

/** The saved answer as an admin wrote it, checked: a title, a text, only the placeholders it knows, a real scope. */
export function checkSavedAnswer(
  input: {
    readonly title: string;
    readonly text: string;
    readonly scope: string;
    readonly language?: string;
  },
  scopes: readonly string[],
): { title: string; text: string; scope: string; language: string } {
  const title = input.title.trim();
  const text = input.text.trim();
  if (!title || title.length > SAVED_ANSWER_LIMITS.title)
    throw new AppError('saved_answer_invalid', 'Title missing or too long', { field: 'title' });
  if (!text || text.length > SAVED_ANSWER_LIMITS.text)
    throw new AppError('saved_answer_invalid', 'Text missing or too long', { field: 'text' });
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !KNOWN.has(name));
  if (unknown.length > 0)
    throw new AppError('saved_answer_invalid', 'Unknown placeholder', {
      field: 'text',
      placeholder: unknown[0] ?? '',
    });
  if (input.scope !== 'all' && !scopes.includes(input.scope))
    throw new AppError('saved_answer_invalid', 'Unknown account', { field: 'scope' });
  const language = input.language?.trim() || 'sv';
  if (!ANSWER_LANGUAGES.includes(language))
    throw new AppError('saved_answer_invalid', 'Unknown language', { field: 'language' });
  return { title, text, scope: input.scope, language };
}

/**
 * The saved answers a comment's card offers: those for all accounts and those for its own; those in the comment's
 * language first (a comment in English is offered the English ones first), then by title.
 */
export function savedAnswersFor(comment: StoredComment, answers: readonly SavedAnswer[]): SavedAnswer[] {
  const own = `${comment.platform}:${comment.accountId}`;
  const language = foreignLanguageOf(comment.text) ?? 'sv';
  const first = (a: SavedAnswer) => ((a.language ?? 'sv') === language ? 0 : 1);
  return answers
    .filter((a) => a.scope === 'all' || a.scope === own)
    .sort((a, b) => first(a) - first(b) || a.title.localeCompare(b.title, 'sv'));
}
