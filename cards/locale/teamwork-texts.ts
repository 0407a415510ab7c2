import type { StoredComment } from '../../services/domain/comment';
import { PLATFORM_NAMES } from '../../services/domain/platform';
import { swedishDateTime } from '../swedish-time';

/** What colleagues are told when they work on a comment together: in 1:1 chat, or in the card's thread. */

function about(comment: StoredComment): string {
  return `en ${PLATFORM_NAMES[comment.platform]}-kommentar`;
}

export const TEAMWORK_TEXTS = {
  // A note is read on the card, never quoted here: a chat keeps it after the records plan removed it from the card.
  assigned: (comment: StoredComment, by: string, withNote: boolean) =>
    `📌 ${by} har tilldelat dig ${about(comment)}.${withNote ? ' Läs anteckningen på kortet.' : ''} Den är din nu: svara från kortet.`,
  approvalWanted: (comment: StoredComment, writer: string) =>
    `📝 ${writer} har skrivit ett svar på ${about(comment)} som väntar på godkännande. Godkänn och publicera, eller skicka tillbaka, på kortet.`,
  removalWanted: (comment: StoredComment, writer: string, reason: string) =>
    `🗑️ ${writer} vill ta bort ${about(comment)} (${reason}). En borttagning går inte att ångra: godkänn den eller skicka tillbaka begäran på kortet.`,
  removalApproved: (comment: StoredComment, approver: string) =>
    `✅ ${approver} har godkänt borttagningen av ${about(comment)}. Kommentaren är borttagen.`,
  removalSentBack: (comment: StoredComment, approver: string) =>
    `↩️ ${approver} har skickat tillbaka din begäran att ta bort ${about(comment)}. Varför står på kortet. Kommentaren ligger kvar.`,
  approved: (comment: StoredComment, approver: string) =>
    `✅ ${approver} har godkänt ditt svar på ${about(comment)}.`,
  sentBack: (comment: StoredComment, approver: string) =>
    `↩️ ${approver} har skickat tillbaka ditt svar på ${about(comment)}. Vad som behöver ändras står på kortet, där ditt utkast finns kvar.`,
  departmentAnswered: (comment: StoredComment, department: string, by: string) =>
    `💡 ${by} på ${department} har svarat på frågan om ${about(comment)}. Svaret står på kortet – använd det som utkast.`,
  questionWaiting: (comment: StoredComment, askedBy: string, askedAt: string) =>
    `❓ Frågan från ${askedBy} (${swedishDateTime(askedAt)}) om ${about(comment)} väntar fortfarande på svar. Svara på kortet ovan – personen väntar på stadens svar.`,
};

export type TeamworkTexts = typeof TEAMWORK_TEXTS;
