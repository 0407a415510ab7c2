import type { AppErrorCode } from '../services/domain/app-error';

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
    'Svaret skickades inte: Svarsvaktens inloggning mot plattformen har gått ut. Be en administratör förnya åtkomsttoken. Ditt utkast finns kvar.',
  platform_rate_limited:
    'Svaret skickades inte: plattformen tar inte emot fler anrop just nu. Försök igen {retry}. Ditt utkast finns kvar.',
  platform_comment_deleted:
    'Svaret skickades inte: kommentaren finns inte längre på plattformen (borttagen av skribenten eller dold).',
  platform_permission_denied:
    'Svaret skickades inte: Svarsvakten saknar behörighet att svara från kontot. Kontakta en administratör. Ditt utkast finns kvar.',
  platform_unavailable:
    'Svaret skickades inte: plattformen svarade inte. Försök igen om en stund. Ditt utkast finns kvar.',
  platform_error:
    'Svaret skickades inte: plattformen sa nej. Försök igen, eller kontakta en administratör. Ditt utkast finns kvar.',
  account_not_configured:
    'Svaret skickades inte: kontot saknar inställningar för att publicera. Kontakta en administratör. Ditt utkast finns kvar.',
  concurrent_update: 'Någon annan ändrade kommentaren samtidigt. Här är läget nu.',
  storage_unavailable:
    'Svarsvakten når inte sin lagring just nu. Försök igen om en stund. Ditt utkast finns kvar.',
  action_invalid: 'Det gick inte att förstå knapptrycket. Ladda om kortet och försök igen.',
};

export const FALLBACK_ERROR_TEXT = 'Något gick fel. Försök igen om en stund.';

export function errorText(
  code: AppErrorCode,
  details: Readonly<Record<string, string | number | boolean>>,
): string {
  const template = ERROR_TEXTS[code] ?? FALLBACK_ERROR_TEXT;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(details[name] ?? ''));
}
