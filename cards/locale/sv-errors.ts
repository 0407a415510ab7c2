import type { CardStrings } from './card-strings';

/** What a person is told in Swedish when an action does not go through, by the failure's code. */
export const SV_ERRORS: CardStrings['errors'] = {
  comment_already_claimed: '{holder} har redan tagit den här kommentaren.',
  comment_claimed_by_other:
    'Det är {holder} som har den här kommentaren. Be hen släppa den, eller ta den när den är fri.',
  comment_not_claimed: 'Ta kommentaren först, så att ingen annan svarar samtidigt.',
  comment_reply_in_progress: 'Svaret håller på att skickas. Vänta en stund.',
  comment_removed: 'Kommentaren är borttagen på plattformen och kan inte besvaras.',
  comment_not_found: 'Kommentaren finns inte längre i Svarsvakten.',
  reply_empty: 'Skriv ett svar innan du skickar.',
  reply_too_long: 'Svaret är {over} tecken för långt (signaturen räknas med). Korta det och skicka igen.',
  platform_token_expired:
    'Det gick inte igenom på plattformen: Svarsvaktens inloggning mot plattformen har gått ut. Be en administratör ansluta kontot igen. Ditt utkast finns kvar.',
  platform_rate_limited:
    'Det gick inte igenom på plattformen: plattformen tar inte emot fler anrop just nu. Försök igen {retry}. Ditt utkast finns kvar.',
  platform_comment_deleted:
    'Det gick inte igenom på plattformen: kommentaren finns inte längre på plattformen (borttagen av skribenten eller dold).',
  platform_permission_denied:
    'Det gick inte igenom på plattformen: Svarsvakten saknar behörighet att svara från kontot. Kontakta en administratör. Ditt utkast finns kvar.',
  platform_reply_not_allowed:
    'Det gick inte igenom på plattformen: den tillåter inte svar där (inlägget är borttaget, dolt eller har begränsade svar). Ditt utkast finns kvar.',
  platform_quota_exceeded:
    'Det gick inte igenom på plattformen: dagens kvot av anrop är slut. Försök igen {retry}. Ditt utkast finns kvar.',
  platform_unavailable:
    'Det gick inte igenom på plattformen: plattformen svarade inte. Försök igen om en stund. Ditt utkast finns kvar.',
  messenger_window_closed:
    'Meddelandet kom för mer än 7 dagar sedan, och Messenger tar inte emot svar efter det. Hänvisa personen till stadens vanliga kanaler på annat sätt om det behövs, och stäng kortet med "Inget svar behövs". Ditt utkast finns kvar.',
  platform_outcome_unknown:
    'Okänt om svaret publicerades – kontrollera på {platform}. Plattformen svarade inte i tid och Svarsvakten kunde inte se efter. Finns svaret där: stäng kortet med "Inget svar behövs" (redan besvarad). Annars: skicka igen. Ditt utkast finns kvar.',
  platform_error:
    'Det gick inte igenom på plattformen: plattformen sa nej. Försök igen, eller kontakta en administratör. Ditt utkast finns kvar.',
  account_needs_reconnect:
    'Det gick inte igenom: kontot behöver anslutas igen – plattformen tar inte längre emot Svarsvaktens inloggning. En administratör har fått besked. Ditt utkast finns kvar; svara direkt på plattformen och klistra in svaret här, eller försök igen när kontot är anslutet.',
  credential_unreadable:
    'Det gick inte igenom: Svarsvakten kan inte läsa kontots sparade inloggning (nyckeln saknas). Kontakta en administratör. Ditt utkast finns kvar.',
  credential_refused:
    'Det gick inte igenom: plattformen tog inte emot kontots inloggning. En administratör har fått besked. Ditt utkast finns kvar.',
  connect_unavailable:
    'Kontot kan inte anslutas härifrån: appens OAuth-klient eller PUBLIC_URL saknas i inställningarna. Se docs/deployment.md.',
  connect_expired: 'Anslutningen tog för lång tid eller startades av någon annan. Börja om med Anslut konto.',
  connect_failed: 'Plattformen tog inte emot inloggningen. Börja om med Anslut konto.',
  connect_other_account:
    'Inloggningen hör till ett annat konto ({found}). Logga in som kontot {expected} och försök igen.',
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
  comment_anonymised:
    'Kommentarens text och namn är gallrade enligt informationshanteringsplanen. Den kan inte öppnas igen; svara på plattformen om det behövs.',
  comment_not_a_case: 'Kommentaren hanteras inte som ärende.',
  case_needs_platina_ref:
    'Ett ärende som handläggs här stängs med diarienumret i Platina (riktlinjen P6). Fyll i det och välj "Stäng ärendet".',
  platina_ref_invalid:
    'Diarienumret har fel form. Skriv det som i Platina, till exempel {example}. Inget har ändrats.',
  no_reply_note_missing: 'Skriv med några ord varför inget svar behövs när du väljer "Annat".',
  platform_moderation_not_allowed:
    'Plattformen lät inte kontot göra det med den här kommentaren (på X går bara svar i kontots egna trådar att dölja). Gör det direkt på plattformen om det går. Inget har ändrats.',
  moderation_not_supported:
    'Den här plattformen låter inte Svarsvakten göra det med kommentaren. Gör det direkt på plattformen om det går.',
  moderation_unconfirmed:
    'Kryssa i att kommentaren ska tas bort helt – det går inte att ångra. Vill du bara dölja den, välj "Dölj kommentaren".',
  not_authorised:
    'Du behöver ha gått utbildningen för stadens konton i sociala medier innan du kan hantera kommentarer här (riktlinjen P11). Be en administratör för Svarsvakten att lägga till dig när du är klar.',
  admin_only: 'Det här kan bara administratörer för Svarsvakten göra.',
  archive_period_invalid: 'Ange perioden som två datum, från och till, i formen ÅÅÅÅ-MM-DD.',
  archive_period_too_long:
    'Perioden är längre än en arkiveringsperiod ({months} månader). Ta ut ett paket per period.',
  export_busy: 'Ditt förra uttag pågår fortfarande. Vänta tills det är klart.',
  storm_nothing_open: 'Inget på inlägget är öppet och ledigt att stänga: allt är redan stängt eller taget.',
  case_not_closed: 'Dokumentet för Platina upprättas när ärendet är avslutat med sin Platina-referens.',
  subject_query_invalid:
    'Sök på invånarens namn som plattformen visar det eller id:t på plattformen, flera åtskilda med semikolon (minst tre tecken vardera).',
  removal_in_progress:
    'En godkännare tar bort kommentaren just nu. Vänta en stund och se vad kortet säger då.',
  archive_period_open: 'Perioden har inte tagit slut än. Ett arkivpaket tas ut för en period som är över.',
  question_empty: 'Skriv frågan till verksamheten.',
  question_not_found: 'Frågan finns inte längre.',
  question_already_answered: '{by} har redan svarat på frågan. Tack!',
  answer_empty: 'Skriv ett svar innan du skickar.',
  department_unknown:
    'Välj en verksamhet i listan. En administratör kopplar verksamheternas kanaler med **verksamhet lägg till**.',
  not_from_department: 'Frågan besvaras i verksamhetens egen kanal.',
  assignee_away:
    '{name} är frånvarande och får inga kommentarer förrän hen är tillbaka. Välj en annan kollega.',
  assignee_not_staff:
    'Den du valde finns inte på listan över utbildade (riktlinjen P11). Välj en kollega i listan, eller be en administratör lägga till hen.',
  not_an_approver:
    'Svar från den som är under inskolning godkänns av en administratör eller en utsedd godkännare. Be någon av dem.',
  not_awaiting_approval: 'Inget svar väntar på godkännande här längre. Här är läget nu.',
  return_note_missing: 'Skriv vad som behöver ändras, så att skribenten vet vad hen ska göra.',
  outside_contact_centre:
    'Messenger-meddelanden hanteras bara i kontaktcenters kanal (riktlinjen P7). Öppna kortet där.',
};
