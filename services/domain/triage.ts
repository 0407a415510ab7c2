import type { StoredComment } from './comment';
import type { NoReplyReason } from './workflow';

/** What a comment that likely needs no answer is: only emoji, only thanks, or only a tag of another person. */
export type TriageKind = 'emoji_only' | 'thanks_only' | 'tag_only' | 'between_residents';

export interface Triage {
  readonly kind: TriageKind;
  /** The reason "Inget svar behövs" is closed with in one click. */
  readonly reason: NoReplyReason;
}

/** Emoji, their modifiers and joiners, and what stands between them. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
const SPACE_AND_PUNCTUATION = /[\s\p{P}]/gu;
/** The words a thanks is made of, and nothing else ("Tack så mycket!", "Tusen tack för svaret", "Thank you"). */
const THANKS_WORDS = new Set([
  'tack',
  'tackar',
  'tusen',
  'så',
  'mycket',
  'stort',
  'snällt',
  'för',
  'svaret',
  'infon',
  'info',
  'informationen',
  'hjälpen',
  'thanks',
  'thank',
  'you',
  'so',
  'much',
  'a',
  'lot',
]);
const THANKS_CORE = new Set(['tack', 'tackar', 'thanks', 'thank']);

/** The words residents call the city by, besides the account's own name. */
const CITY_WORDS = ['staden', 'kommunen', 'stadens', 'kommunens'];

/** Whether the text names the city: the account's name (or its @handle) or what residents call the city. */
export function namesCity(text: string, accountNames: readonly string[]): boolean {
  const lower = text.toLocaleLowerCase('sv');
  const handles = accountNames.map((n) => n.toLocaleLowerCase('sv').replace(/\s+/g, ''));
  const names = [...accountNames.map((n) => n.toLocaleLowerCase('sv')), ...CITY_WORDS];
  const asWord = (name: string) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
  return names.some((n) => n && asWord(n).test(lower)) || handles.some((h) => h && lower.includes(`@${h}`));
}

/**
 * A reply to another resident's comment that neither answers one of the city's answers nor names the city:
 * residents talking among themselves under a post.
 */
export function isBetweenResidents(
  comment: Pick<StoredComment, 'text' | 'conversation'>,
  accountNames: readonly string[],
): boolean {
  return comment.conversation?.repliesTo === 'resident' && !namesCity(comment.text, accountNames);
}

/**
 * Whether a comment is one that, on a real account, needs no answer: only emoji, only a thanks (a few words at most),
 * only @-tags of other people (a friend tagged under a post), or residents answering each other. A suggestion for
 * the card: a person still decides. Nothing with a photo or video, and nothing with a question mark, is suggested.
 */
export function triageOf(
  comment: Pick<StoredComment, 'text' | 'media' | 'textMissing' | 'conversation'>,
  accountNames: readonly string[] = [],
): Triage | undefined {
  const text = comment.text.trim();
  if (!text || comment.textMissing || (comment.media?.length ?? 0) > 0 || text.includes('?'))
    return undefined;
  const withoutEmoji = text.replace(EMOJI, '');
  if (withoutEmoji.replace(SPACE_AND_PUNCTUATION, '') === '')
    return { kind: 'emoji_only', reason: 'thanks_only' };
  const words = withoutEmoji
    .toLocaleLowerCase('sv')
    .split(/[\s\p{P}]+/u)
    .filter(Boolean);
  if (words.length <= 6 && words.some((w) => THANKS_CORE.has(w)) && words.every((w) => THANKS_WORDS.has(w))) {
    return { kind: 'thanks_only', reason: 'thanks_only' };
  }
  const tokens = withoutEmoji.split(/\s+/).filter(Boolean);
  if (tokens.length > 0 && tokens.every((t) => /^@[\p{L}\p{N}._]{2,}$/u.test(t.replace(/[,.!]+$/, '')))) {
    return { kind: 'tag_only', reason: 'not_for_city' };
  }
  if (isBetweenResidents(comment, accountNames))
    return { kind: 'between_residents', reason: 'between_residents' };
  return undefined;
}
