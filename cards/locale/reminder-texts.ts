import { swedishDateTime } from '../swedish-time';
import type { StoredComment } from '../../services/domain/comment';
import { PLATFORM_NAMES } from '../../services/domain/platform';

/** How long until the deadline, in hours and minutes. */
export function timeLeft(deadline: string, now: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(deadline) - Date.parse(now)) / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} tim ${minutes % 60} min` : `${minutes} min`;
}

/** Which comment: its platform only. Its words go with the message as a literal excerpt, never in this text. */
function about(comment: StoredComment): string {
  return `${PLATFORM_NAMES[comment.platform]}-kommentaren`;
}

export const REMINDER_TEXTS = {
  unclaimed: (c: StoredComment, now: string) =>
    `⏰ Ingen har tagit ${about(c)} ännu. ${timeLeft(c.deadline, now)} kvar – svara senast ${swedishDateTime(c.deadline)}.`,
  claimed: (c: StoredComment, now: string) =>
    `⏰ ${about(c)} väntar på ditt svar: ${timeLeft(c.deadline, now)} kvar, svara senast ${swedishDateTime(c.deadline)}.`,
  installHint:
    'Jag kunde inte nå dig i en chatt. Lägg till Svarsvakten som personlig app i Teams (Appar → Svarsvakten → Lägg till) så kommer påminnelserna direkt till dig.',
  overdue: (c: StoredComment) =>
    `🔴 Försenad: ${about(c)} skulle ha besvarats senast ${swedishDateTime(c.deadline)}. Svara nu, eller skicka "Vi har sett din kommentar".`,
  followUp: (c: StoredComment) =>
    `Påminnelse: du har lovat ett svar på ${about(c)} (”Vi har sett din kommentar” skickades). Skriv det riktiga svaret när du kan.`,
  answeredOnPlatform: (c: StoredComment) =>
    `✅ ${about(c)} du har tagit besvarades direkt på ${PLATFORM_NAMES[c.platform]}. Du behöver inte svara den; svaret står på kortet.`,
  idleNudge: (c: StoredComment, hours: number, releaseAt: string) =>
    `⏳ Du tog ${about(c)} för ${hours} kontorstimmar sedan och inget har hänt sedan dess. Svara, släpp den eller tilldela en kollega – annars går den tillbaka till kön ${swedishDateTime(releaseAt)}.`,
  idleReleased: (c: StoredComment, holder: string, hours: number) =>
    `↩️ ${about(c)} är tillbaka i kön: ${holder} hade haft den i ${hours} kontorstimmar utan att något hänt. Ta den om du kan svara.`,
  followUpUnheld: (c: StoredComment) =>
    `Påminnelse: ${about(c)} har fått ”Vi har sett din kommentar”, men ingen har den nu och det riktiga svaret saknas. Ta den och svara.`,
  promiseLate: (c: StoredComment, days: number) =>
    `🔶 Utlovat svar saknas: ${about(c)} fick ”Vi har sett din kommentar” för ${days} arbetsdagar sedan och har ännu inget riktigt svar (P4).`,
  awaitingApproval: (c: StoredComment, writer: string, now: string) =>
    `⏰ Svaret på ${about(c)} från ${writer} väntar på godkännande: ${timeLeft(c.deadline, now)} kvar, senast ${swedishDateTime(c.deadline)}.`,
  awaitingRemoval: (c: StoredComment, writer: string, now: string) =>
    `⏰ ${writer} har bett att få ${about(c)} borttagen och begäran väntar på godkännande: ${timeLeft(c.deadline, now)} kvar av svarstiden, senast ${swedishDateTime(c.deadline)}.`,
  platina: (c: StoredComment) =>
    `Påminnelse: ärendet från ${about(c)} saknar diarienummer i Platina. Dokumentera det och stäng ärendet på kortet.`,
};

export type ReminderTexts = typeof REMINDER_TEXTS;
