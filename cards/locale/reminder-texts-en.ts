import type { StoredComment } from '../../services/domain/comment';
import { PLATFORM_NAMES } from '../../services/domain/platform';
import { EN } from './en';
import type { ReminderTexts } from './reminder-texts';

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

/** Capitalised where a sentence begins with it. */
function About(comment: StoredComment): string {
  return `The ${PLATFORM_NAMES[comment.platform]} comment`;
}

/** Reminders and pings for someone who reads Teams in English, and for a channel kept in English. */
export const REMINDER_TEXTS_EN: ReminderTexts = {
  unclaimed: (c, now) =>
    `⏰ Nobody has taken ${about(c)} yet. ${timeLeft(c.deadline, now)} left – answer by ${EN.dateTime(c.deadline)}.`,
  claimed: (c, now) =>
    `⏰ ${About(c)} waits for your answer: ${timeLeft(c.deadline, now)} left, answer by ${EN.dateTime(c.deadline)}.`,
  installHint:
    'I could not reach you in a chat. Add Svarsvakten as a personal app in Teams (Apps → Svarsvakten → Add) and the reminders will come straight to you.',
  overdue: (c) =>
    `🔴 Overdue: ${about(c)} should have been answered by ${EN.dateTime(c.deadline)}. Answer now, or send "We have seen your comment".`,
  followUp: (c) =>
    `Reminder: you have promised an answer to ${about(c)} ("We have seen your comment" was sent). Write the real answer when you can.`,
  answeredOnPlatform: (c) =>
    `✅ ${About(c)} you hold was answered directly on ${PLATFORM_NAMES[c.platform]}. You need not answer it; the answer is on the card.`,
  idleNudge: (c, hours, releaseAt) =>
    `⏳ You took ${about(c)} ${hours} office hours ago and nothing has happened since. Answer it, let it go or assign a colleague – otherwise it goes back to the queue ${EN.dateTime(releaseAt)}.`,
  idleReleased: (c, holder, hours) =>
    `↩️ ${About(c)} is back in the queue: ${holder} had held it for ${hours} office hours without anything happening. Take it if you can answer.`,
  followUpUnheld: (c) =>
    `Reminder: ${about(c)} has been sent "We have seen your comment", but nobody holds it now and the real answer is missing. Take it and answer.`,
  promiseLate: (c, days) =>
    `🔶 Promised answer missing: ${about(c)} was sent "We have seen your comment" ${days} working days ago and still has no real answer (P4).`,
  awaitingApproval: (c, writer, now) =>
    `⏰ The answer to ${about(c)} from ${writer} waits for approval: ${timeLeft(c.deadline, now)} left, by ${EN.dateTime(c.deadline)}.`,
  awaitingRemoval: (c, writer, now) =>
    `⏰ ${writer} has asked for ${about(c)} to be removed and the request waits for approval: ${timeLeft(c.deadline, now)} of the answer time left, by ${EN.dateTime(c.deadline)}.`,
  platina: (c) =>
    `Reminder: the case from ${about(c)} has no Platina reference yet. Document it and close the case on the card.`,
};
