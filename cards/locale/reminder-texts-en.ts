import type { StoredComment } from '../../services/domain/comment';
import { PLATFORM_NAMES } from '../../services/domain/platform';
import { EN } from './en';
import type { REMINDER_TEXTS } from './reminder-texts';

/** How long until the deadline, in hours and minutes. */
function timeLeft(deadline: string, now: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(deadline) - Date.parse(now)) / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}

/** Which comment: its platform only. Its words go with the message as a literal excerpt, never in this text. */
function about(comment: StoredComment): string {
  return `the ${PLATFORM_NAMES[comment.platform]} comment`;
}

/** The 1:1 messages to the one who holds a comment, for someone who reads Teams in English. */
export const REMINDER_TEXTS_EN: Pick<
  typeof REMINDER_TEXTS,
  'claimed' | 'followUp' | 'platina' | 'idleNudge' | 'answeredOnPlatform'
> = {
  claimed: (c, now) =>
    `⏰ ${about(c)} waits for your answer: ${timeLeft(c.deadline, now)} left, answer by ${EN.dateTime(c.deadline)}.`,
  followUp: (c) =>
    `Reminder: you have promised an answer to ${about(c)} ("We have seen your comment" was sent). Write the real answer when you can.`,
  platina: (c) =>
    `Reminder: the case from ${about(c)} has no Platina reference yet. Document it and close the case on the card.`,
  idleNudge: (c, hours, releaseAt) =>
    `⏳ You took ${about(c)} ${hours} office hours ago and nothing has happened since. Answer it, let it go or assign a colleague – otherwise it goes back to the queue ${EN.dateTime(releaseAt)}.`,
  answeredOnPlatform: (c) =>
    `✅ ${about(c)} you hold was answered directly on ${PLATFORM_NAMES[c.platform]}. You need not answer it; the answer is on the card.`,
};
