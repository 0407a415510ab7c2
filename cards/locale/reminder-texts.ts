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
  platina: (c: StoredComment) =>
    `Påminnelse: ärendet från ${about(c)} saknar diarienummer i Platina. Dokumentera det och stäng ärendet på kortet.`,
} as const;
