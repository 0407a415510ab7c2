import { renderExcerptCard } from '../../../cards/excerpt-card';
import type { StoredComment } from '../../domain/comment';
import type { ReaderLanguage } from '../../domain/reader-language';
import type { TeamsMessage } from '../../ports/index';

/**
 * A 1:1 message about a comment in Swedish and in English, each with its excerpt card in the same language:
 * HolderPing gives each reader theirs. `textsIn` picks a set of texts for a language; `words` says the message in it.
 */
export function inBothLanguages<Texts>(
  comment: StoredComment,
  textsIn: (language: ReaderLanguage) => Texts,
  words: (T: Texts) => string,
  options: { readonly alert: boolean } = { alert: true },
): [TeamsMessage, TeamsMessage] {
  const message = (language: ReaderLanguage): TeamsMessage => ({
    text: words(textsIn(language)),
    ...(options.alert ? { alert: true } : {}),
    card: renderExcerptCard(comment, language),
  });
  return [message('sv'), message('en')];
}
