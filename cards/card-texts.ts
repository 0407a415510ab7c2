import type { AppErrorCode } from '../services/domain/app-error';
import type { HistoryAction, ModerationReason, NoReplyReason } from '../services/domain/comment';

export const NO_REPLY_REASON_TEXTS: Readonly<Record<NoReplyReason, string>> = {
  spam: 'Spam eller reklam',
  thanks_only: 'Bara tack eller en emoji',
  answered_in_thread: 'Redan besvarad i tråden',
  not_for_city: 'Riktar sig inte till staden',
  other: 'Annat',
};

export const MODERATION_REASON_TEXTS: Readonly<Record<ModerationReason, string>> = {
  uppvigling: 'Uppvigling (BBS-lagen 5 §)',
  hets_mot_folkgrupp: 'Hets mot folkgrupp (BBS-lagen 5 §)',
  barnpornografi: 'Barnpornografibrott (BBS-lagen 5 §)',
  olaga_valdsskildring: 'Olaga våldsskildring (BBS-lagen 5 §)',
  upphovsratt: 'Intrång i upphovsrätt (BBS-lagen 5 §)',
  personangrepp: 'Personangrepp eller kränkning (stadens regler)',
  personuppgifter: 'Känsliga personuppgifter (stadens regler)',
  spam: 'Reklam eller spam (stadens regler)',
};

export const HISTORY_TEXTS: Readonly<Record<HistoryAction, string>> = {
  claimed: 'tog kommentaren',
  released: 'släppte kommentaren',
  taken_over: 'tog över',
  replied: 'svarade',
  acknowledged: 'skickade "vi har sett din kommentar"',
  referred: 'hänvisade till stadens kontaktvägar',
  case_opened: 'handlägger som ärende',
  case_closed: 'stängde ärendet med diarienummer',
  no_reply: 'stängde utan svar',
  hidden: 'dolde kommentaren',
  removed: 'tog bort kommentaren',
  reopened: 'öppnade igen',
  reply_failed: 'svaret gick inte iväg',
};

/** What the card says when an action could not be done, in Swedish. Placeholders: {holder}, {over}, {by}, {retry}. */
export const ERROR_TEXTS: Readonly<Partial<Record<AppErrorCode, string>>> = {
  comment_already_claimed: '{holder} har redan tagit den här kommentaren.',
  comment_claimed_by_other:
    'Det är {holder} som har den här kommentaren. Be hen släppa den, eller ta den när den är fri.',
  comment_not_claimed: 'Ta kommentaren först, så att ingen annan svarar samtidigt.',
  comment_already_answered: 'Kommentaren är redan besvarad av {by}.',
  comment_reply_in_progress: 'Svaret håller på att skickas. Vänta en stund.',
  comment_removed: 'Kommentaren är borttagen på plattformen och kan inte besvaras.',
  comment_not_found: 'Kommentaren finns inte längre i Svarsvakten.',
  reply_empty: 'Skriv ett svar innan du skickar.',
  reply_too_long: 'Svaret är {over} tecken för långt (signaturen räknas med). Korta det och skicka igen.',
  platform_token_expired:
    'Det gick inte igenom på plattformen: Svarsvaktens inloggning mot plattformen har gått ut. Be en administratör förnya åtkomsttoken. Ditt utkast finns kvar.',
  platform_rate_limited:
    'Det gick inte igenom på plattformen: plattformen tar inte emot fler anrop just nu. Försök igen {retry}. Ditt utkast finns kvar.',
  platform_comment_deleted:
    'Det gick inte igenom på plattformen: kommentaren finns inte längre på plattformen (borttagen av skribenten eller dold).',
  platform_permission_denied:
    'Det gick inte igenom på plattformen: Svarsvakten saknar behörighet att svara från kontot. Kontakta en administratör. Ditt utkast finns kvar.',
  platform_unavailable:
    'Det gick inte igenom på plattformen: plattformen svarade inte. Försök igen om en stund. Ditt utkast finns kvar.',
  platform_error:
    'Det gick inte igenom på plattformen: plattformen sa nej. Försök igen, eller kontakta en administratör. Ditt utkast finns kvar.',
  account_not_configured:
    'Det gick inte igenom på plattformen: kontot saknar inställningar för att publicera. Kontakta en administratör. Ditt utkast finns kvar.',
  concurrent_update: 'Någon annan ändrade kommentaren samtidigt. Här är läget nu.',
  storage_unavailable:
    'Svarsvakten når inte sin lagring just nu. Försök igen om en stund. Ditt utkast finns kvar.',
  action_invalid: 'Det gick inte att förstå knapptrycket. Ladda om kortet och försök igen.',
  comment_closed: 'Kommentaren är redan hanterad. Öppna den igen med "Återöppna" om något mer behöver göras.',
  comment_already_acknowledged:
    '"Vi har sett din kommentar" är redan skickat. Skriv det riktiga svaret när du kan.',
  comment_already_hidden: 'Kommentaren är redan dold.',
  comment_not_a_case: 'Kommentaren hanteras inte som ärende.',
  case_needs_platina_ref:
    'Ett ärende som handläggs här stängs med diarienumret i Platina (riktlinjen P6). Fyll i det och välj "Stäng ärendet".',
  platina_ref_invalid:
    'Diarienumret har fel form. Skriv det som i Platina, till exempel {example}. Inget har ändrats.',
  no_reply_note_missing: 'Skriv med några ord varför inget svar behövs när du väljer "Annat".',
  moderation_not_supported:
    'Den här plattformen låter inte Svarsvakten dölja kommentarer. Gör det direkt på plattformen.',
  moderation_unconfirmed:
    'Kryssa i att kommentaren ska tas bort helt – det går inte att ångra. Vill du bara dölja den, välj "Dölj kommentaren".',
  not_authorised:
    'Du behöver ha gått utbildningen för stadens konton i sociala medier innan du kan hantera kommentarer här (riktlinjen P11). Be en administratör för Svarsvakten att lägga till dig när du är klar.',
  admin_only: 'Det här kan bara administratörer för Svarsvakten göra.',
};

export const FALLBACK_ERROR_TEXT = 'Något gick fel. Försök igen om en stund.';

export function errorText(
  code: AppErrorCode,
  details: Readonly<Record<string, string | number | boolean>>,
): string {
  const template = ERROR_TEXTS[code] ?? FALLBACK_ERROR_TEXT;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(details[name] ?? ''));
}
