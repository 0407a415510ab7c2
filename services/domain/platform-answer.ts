import type { DateTime } from 'luxon';
import { utcIso } from './utc-iso';
import { isClosed } from './workflow';
import { type CityAnswer, type StoredComment } from './comment';
import { type Person } from './person';
import { completeSend } from './comment-transitions';
import { type Transition } from './transition-steps';
import { PLATFORM_NAMES, type Platform } from './platform';
import { factsOf, handledBy, holding, record, withSent } from './transition-steps';

/** Who answered, when the city's account answered on the platform itself: the account, not a person we know. */
export function platformAccount(platform: Platform): Person {
  return { id: `platform:${platform}`, name: PLATFORM_NAMES[platform], firstName: PLATFORM_NAMES[platform] };
}

/** Texts compared as a platform returns them: line endings and spaces at the ends may change on the way. */
function sameText(a: string, b: string): boolean {
  const norm = (text: string) =>
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+\n/g, '\n')
      .trim();
  return norm(a) === norm(b);
}

/**
 * Whether an answer is Svarsvakten's own reply coming back as an event: by the id the platform gave it when it was
 * published, or — since the event can arrive before the publish call returns — by its text while a publish to
 * this comment is in flight.
 */
export function isOwnEcho(comment: StoredComment, answer: CityAnswer): boolean {
  if (comment.sent.some((sent) => sent.platformReplyId === answer.answerId)) return true;
  return comment.sending !== undefined && sameText(comment.sending.signedText, answer.text);
}

/**
 * An answer the city's account gave on the platform itself counts as the answer: the first response for the
 * deadline and the statistics, the comment answered (a case handled here stays a case until its Platina
 * reference), reminders stop as for any answer. The history line is dated `now`. An answer to a comment already closed is kept with it, changing
 * nothing else. Svarsvakten's own reply coming back completes its send if that is still open, and changes nothing
 * otherwise.
 */
export function recordPlatformAnswer(comment: StoredComment, answer: CityAnswer, now: DateTime): Transition {
  // The echo of the reply being sent, arriving before its send was recorded (or after the sender died): it is
  // published, with this id, and the send is complete.
  if (comment.state === 'sending' && sameText(comment.sending.signedText, answer.text))
    return completeSend(comment, answer.answerId, now);
  if (isOwnEcho(comment, answer)) return { comment };
  const by = platformAccount(comment.platform);
  const at = answer.writtenAt;
  const sent = {
    kind: 'reply' as const,
    text: answer.text,
    by,
    at,
    platformReplyId: answer.answerId,
    onPlatform: true as const,
  };
  // The history says when Svarsvakten learned of it, like every other line; the answer keeps when it was written.
  const event = {
    at: utcIso(now),
    by: by.name,
    action: 'answered_on_platform' as const,
    detail: answer.text,
  };
  const kept = { ...comment, sent: withSent(comment, sent) };
  if (isClosed(comment.state)) return record(kept, event);
  const base = { ...factsOf(kept), firstResponseAt: comment.firstResponseAt ?? at };
  // A case stays a case (P6): its holder still documents it; anything else is answered, whoever held it.
  const answered: StoredComment =
    comment.holder && (comment.state === 'case' || comment.sending?.returnTo === 'case')
      ? { ...base, ...holding(comment), holder: comment.holder, state: 'case' }
      : { ...base, ...handledBy(comment), state: 'answered', closure: { by, at } };
  return record(answered, event);
}

/** Whether an answer was written by the city's account on the platform rather than published from a card. */
export function answeredOnPlatform(comment: StoredComment): boolean {
  return comment.state === 'answered' && comment.closure?.by.id === platformAccount(comment.platform).id;
}

/**
 * P9: a reply ends with the writer's name. Signed is an ending that names someone — "/Anna", "– Anna", "Hälsningar
 * Anna", "Mvh Anna K", "Vänliga hälsningar, Maria på kommunikationen", or a last line that is a name ("Anna,
 * Malmö stad") — in a capitalised word; anything else is flagged on the card.
 */
export function isSigned(text: string): boolean {
  const trimmed = text.trim();
  const tail = trimmed.slice(-120);
  const name = "\\p{Lu}[\\p{L}'-]+";
  const greeting = new RegExp(`(?:[Hh]älsning(?:ar)?|[Mm]vh|MVH)[\\s,]+${name}[^\\n]{0,60}$`, 'u');
  const slash = new RegExp(`(?:^|\\s)[/–—-]\\s?${name}[^\\n/]{0,60}$`, 'u');
  const lines = trimmed.split('\n');
  const lastLine = lines.length > 1 ? (lines.at(-1)?.trim() ?? '') : '';
  const nameLine = new RegExp(`^${name}(?:\\s${name})?(?:,\\s.+)?$`, 'u');
  return greeting.test(tail) || slash.test(tail) || nameLine.test(lastLine);
}
