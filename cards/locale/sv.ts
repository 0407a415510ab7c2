import { DateTime } from 'luxon';
import { ZONE } from '../../services/domain/working-calendar';
import type { CardStrings } from './card-strings';

/** "tis 10 nov kl. 08:42" in Stockholm time. */
function dateTime(iso: string): string {
  const time = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).setLocale('sv');
  const weekday = time.toFormat('ccc').replace('.', '');
  const month = time.toFormat('LLL').replace('.', '');
  return `${weekday} ${time.day} ${month} kl. ${time.toFormat('HH:mm')}`;
}

export const SV: CardStrings = {
  locale: 'sv',
  dateTime,
  duration: (days, hours, minutes) =>
    days > 0 ? `${days} d ${hours} tim` : hours > 0 ? `${hours} tim ${minutes} min` : `${minutes} min`,
  state: {
    fresh: 'Ny – ingen har tagit den',
    acknowledgedUnheld: 'Bekräftad – ingen har tagit den',
    claimed: (name) => `Tagen av ${name}`,
    sending: (name) => `Skickas av ${name} …`,
    acknowledged: (name) => `Bekräftad – svar utlovat (${name})`,
    awaitingApproval: (name) => `Väntar på godkännande – svar av ${name}`,
    case: (name) => `Ärende – handläggs av ${name}`,
    answered: (name) => `Besvarad av ${name}`,
    answeredOnPlatform: (platform) => `Besvarad på ${platform}`,
    referred: (name) => `Hänvisad av ${name}`,
    noReply: (name) => `Inget svar behövs (${name})`,
    expired: 'Stängd av informationshanteringsplanen – ingen hann stänga den',
    caseClosed: (name) => `Ärende dokumenterat i Platina (${name})`,
    hidden: (name) => `Dold av ${name}`,
    removed: (name) => `Borttagen av ${name}`,
  },
  badge: { overdue: 'Försenad', soon: 'Snart försenad' },
  wrote: 'skrev:',
  unnamedAuthor: (platform) => `En ${platform}-användare`,
  noText: '(ingen text)',
  mentionTextMissing: 'Texten kunde inte hämtas från Instagram – läs den där.',
  anonymised: (when) =>
    `_Texten och skribentens uppgifter är gallrade enligt stadens informationshanteringsplan (${when})._`,
  showWholeComment: 'Visa hela kommentaren',
  cutOnCard: (platform) => `Kommentaren är för lång för kortet: läs resten på ${platform}.`,
  cutSentOnCard: 'Kortat på kortet – hela texten finns i historiken.',
  edited: (time) => `Redigerad ${time}`,
  moderatedLine: (removed, platform, by, reason) =>
    `${removed ? 'Borttagen' : 'Dold'} på ${platform} av ${by} – ${reason}. En kopia av kommentaren är sparad.`,
  removedByAuthor: (platform) => `⚠ Kommentaren har tagits bort av skribenten på ${platform}.`,
  hiddenOn: (platform) => `Kommentaren är dold på ${platform}.`,
  onPost: 'På inlägget',
  facts: {
    written: 'Skriven',
    deadline: 'Svara senast',
    left: (d) => `${d} kvar`,
    late: (d) => `försenad ${d}`,
    firstResponse: 'Första svar',
    type: 'Typ',
    replyToComment: 'Svar på en annan kommentar',
    visitorPost: 'Inlägg av en besökare på sidan',
    mention: 'Nämner kontot i en kommentar på Instagram',
    takenOver: 'Övertagen',
    takenOverFrom: (name) => `från ${name}`,
    platinaRef: 'Diarienummer',
    reason: 'Skäl',
  },
  sentTitle: (kind, name, time) =>
    `**${{ reply: 'Svar', holding_reply: '"Vi har sett din kommentar"', referral: 'Hänvisning' }[kind]} från ${name}** (${time}):`,
  answeredOnPlatformTitle: (platform, time) => `**Svar direkt på ${platform}** (${time}):`,
  answerUnsigned: '⚠️ Svaret saknar namn – P9: ett svar avslutas med skribentens namn.',
  conversation: {
    summary: (replies, unanswered) =>
      `${replies} svar i tråden, ${unanswered === 0 ? 'alla besvarade' : `${unanswered} obesvarad${unanswered === 1 ? '' : 'e'}`}`,
    reopened: 'Samtalet är öppet igen: svar i tråden väntar.',
    replyTo: 'Svarar på:',
    cityLatest: (time) => `Stadens senaste svar i samtalet (${time}):`,
  },
  media: {
    photo: 'Bild i kommentaren',
    icon: { photo: '🖼️', video: '🎬', gif: '🎞️', sticker: '🏷️', file: '📎' },
    kinds: { photo: 'Bild', video: 'Video', gif: 'GIF', sticker: 'Klistermärke', file: 'Bilaga' },
  },
  history: 'Historik',
  showHistory: 'Visa hela historiken',
  historyActions: {
    claimed: 'tog kommentaren',
    released: 'släppte kommentaren',
    taken_over: 'tog över',
    answered_elsewhere: 'svarade direkt på plattformen',
    answered_on_platform: 'besvarad på plattformen',
    replied: 'svarade',
    acknowledged: 'skickade "vi har sett din kommentar"',
    referred: 'hänvisade till stadens kontaktvägar',
    case_opened: 'handlägger som ärende',
    case_closed: 'stängde ärendet med diarienummer',
    no_reply: 'stängde utan svar',
    hidden: 'dolde kommentaren',
    removed: 'tog bort kommentaren',
    unhidden: 'visade kommentaren igen',
    reopened: 'öppnade igen',
    anonymised: 'gallrade texten enligt informationshanteringsplanen',
    reply_failed: 'svaret gick inte iväg',
    department_asked: 'frågade verksamheten',
    department_answered: 'svarade från verksamheten',
    assigned: 'tilldelade',
    approval_requested: 'skickade svaret för godkännande',
    approved: 'godkände svaret',
    approval_returned: 'skickade tillbaka svaret',
    idle_released: 'lämnade tillbaka kommentaren till kön (ingen åtgärd på länge)',
    away_released: 'lämnade tillbaka kommentaren till kön (frånvarande)',
  },
  noReplyReasons: {
    spam: 'Spam eller reklam',
    thanks_only: 'Bara tack eller en emoji',
    answered_in_thread: 'Redan besvarad i tråden',
    not_for_city: 'Riktar sig inte till staden',
    other: 'Annat',
  },
  moderationReasons: {
    uppvigling: 'Uppvigling (BBS-lagen 5 §)',
    hets_mot_folkgrupp: 'Hets mot folkgrupp (BBS-lagen 5 §)',
    barnpornografi: 'Barnpornografibrott (BBS-lagen 5 §)',
    olaga_valdsskildring: 'Olaga våldsskildring (BBS-lagen 5 §)',
    olaga_hot: 'Olaga hot (BBS-lagen 5 §)',
    olaga_integritetsintrang: 'Olaga integritetsintrång (BBS-lagen 5 §)',
    upphovsratt: 'Intrång i upphovsrätt (BBS-lagen 5 §)',
    personangrepp: 'Personangrepp eller kränkning (stadens regler)',
    personuppgifter: 'Känsliga personuppgifter (stadens regler)',
    spam: 'Reklam eller spam (stadens regler)',
  },
  buttons: {
    claim: 'Ta',
    takeOver: 'Ta över',
    release: 'Släpp',
    preview: 'Förhandsgranska svar',
    send: 'Skicka',
    edit: 'Ändra',
    acknowledge: 'Vi har sett din kommentar',
    requiresCase: 'Kräver ärende',
    refer: 'Hänvisa (skickar hänvisningen)',
    handleHere: 'Handläggs här',
    closeCase: 'Stäng ärendet',
    noReply: 'Inget svar behövs',
    closeWithoutReply: 'Stäng utan svar',
    hide: 'Dölj',
    hideConfirm: 'Dölj kommentaren',
    remove: 'Ta bort',
    reopen: 'Återöppna',
    answeredThere: 'Jag har svarat där',
    unhide: 'Visa igen',
    openOn: (platform) => `Öppna på ${platform}`,
  },
  forms: {
    replyLabel: 'Svar (signeras automatiskt med ditt namn)',
    replyPlaceholder: 'Skriv ett personligt svar …',
    previewTitle: '**Förhandsvisning** – så här publiceras svaret:',
    charactersLeft: (left, limit, platform) => `${left} tecken kvar av ${limit} på ${platform}`,
    platinaLabel: 'Diarienummer i Platina',
    platinaPlaceholder: (example) => `t.ex. ${example}`,
    noReplyQuestion: 'Varför behövs inget svar?',
    chooseReason: 'Välj ett skäl',
    noReplyNote: 'Kommentar (krävs för "Annat")',
    moderationIntro: (platform) =>
      `Döljer kommentaren på ${platform} enligt lagen om elektroniska anslagstavlor (5 §) eller stadens regler. En kopia sparas först.`,
    moderationReason: 'Skäl',
    removeToggle: 'Ta bort kommentaren helt (kan inte ångras) – krävs för "Ta bort"',
    manualLabel: (platform) => `Klistra in svaret du skrev på ${platform}`,
    reconnectIntro: (platform) =>
      `**Behöver anslutas igen:** ${platform} tar inte längre emot Svarsvaktens inloggning för kontot, och en administratör har fått besked. Svara direkt på ${platform} (knappen längst ner), klistra in svaret här och välj "Jag har svarat där".`,
    manualIntro: (platform) =>
      `Svarsvakten kan inte publicera för det här kontot. Svara på ${platform} (knappen längst ner), klistra in svaret här och välj "Jag har svarat där".`,
    caseIntro:
      'Kommentarer är inga ärenden. Hänvisa personen till stadens vanliga kontaktvägar – eller, om du är handläggare, hantera ärendet här och dokumentera det i Platina.',
  },
  teamwork: {
    assign: 'Tilldela',
    assignLabel: 'Till vem?',
    chooseColleague: 'Välj en kollega',
    assignNote: 'Meddelande till kollegan (valfritt)',
    assignConfirm: 'Tilldela kommentaren',
    assigned: (name) => `Kommentaren är tilldelad ${name}, som har fått ett meddelande.`,
    approvalTitle: (name) => `**Väntar på godkännande** – ${name}s svar, så här publiceras det:`,
    approvalHint:
      'En administratör eller godkännare publicerar svaret eller skickar tillbaka det med en kommentar.',
    approve: 'Godkänn och publicera',
    sendBack: 'Skicka tillbaka',
    sendBackNote: 'Vad behöver ändras?',
    sendBackConfirm: 'Skicka tillbaka svaret',
    sentForApproval:
      'Svaret väntar på godkännande. Du får besked när det är publicerat eller om något behöver ändras.',
    sentBack: (name) => `Svaret är tillbaka hos ${name}, med din kommentar.`,
    savedAnswerLabel: 'Svarsmall',
    savedAnswerPlaceholder: 'Välj en svarsmall',
    useSavedAnswer: 'Använd',
    askDepartment: 'Fråga verksamheten',
    departmentLabel: 'Vilken verksamhet?',
    chooseDepartment: 'Välj en verksamhet',
    questionLabel: 'Frågan (verksamheten ser kommentaren och frågan)',
    askConfirm: 'Skicka frågan',
    asked: (department) =>
      `Frågan är skickad till ${department}; du får besked när de svarat. Skicka gärna ”Vi har sett din kommentar” medan ni väntar (P4).`,
    waitingFor: (department) => `❓ Frågat ${department} – väntar på svar`,
    answeredBy: (department, by) => `💡 Svar från ${department} (${by})`,
    useAsDraft: 'Använd som utkast',
    answerInBox: (department) =>
      `Svaret från ${department} står i svarsrutan. Skriv det med egna ord till personen, förhandsgranska och skicka.`,
    savedAnswerFilled: (title) =>
      `Svarsmallen ”${title}” står i svarsrutan. Gör den personlig, förhandsgranska och skicka – namnet läggs till som vanligt.`,
  },
  done: {
    reply: 'Svaret är publicerat.',
    holding_reply:
      'Personen vet nu att kommentaren är sedd. Kommentaren ligger kvar hos dig tills den är riktigt besvarad.',
    referral: 'Hänvisningen är publicerad och kommentaren är stängd.',
  },
  errors: {
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
    account_not_configured:
      'Det gick inte igenom på plattformen: kontot saknar inställningar för att publicera. Kontakta en administratör. Ditt utkast finns kvar.',
    concurrent_update: 'Någon annan ändrade kommentaren samtidigt. Här är läget nu.',
    storage_unavailable:
      'Svarsvakten når inte sin lagring just nu. Försök igen om en stund. Ditt utkast finns kvar.',
    action_invalid: 'Det gick inte att förstå knapptrycket. Ladda om kortet och försök igen.',
    comment_closed:
      'Kommentaren är redan hanterad. Öppna den igen med "Återöppna" om något mer behöver göras.',
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
  },
  fallbackError: 'Något gick fel. Försök igen om en stund.',
  retryIn: (minutes) => (minutes === 1 ? 'om 1 minut' : `om ${minutes} minuter`),
  retrySoon: 'om en stund',
  retryAt: (iso) => `efter ${dateTime(iso)}`,
};
