import { commentKeyText } from '../services/domain/platform';
import type { StoredComment } from '../services/domain/comment';
import type { CardVerb } from './card-verbs';

/** The small building blocks of a card: a wrapped TextBlock of the product's own words, a button with a verb. */
export type Element = Record<string, unknown>;

export function text(value: string, extra: Element = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

export function execute(verb: CardVerb, title: string, comment: StoredComment, extra: Element = {}): Element {
  return { type: 'Action.Execute', verb, title, data: { commentKey: commentKeyText(comment) }, ...extra };
}
