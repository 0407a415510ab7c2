import { DateTime, Info } from 'luxon';
import { ZONE } from '../../services/domain/working-calendar';
import type { CardStrings } from './card-strings';
import { SV_ERRORS } from './sv-errors';

/** Swedish day and month names, short, as a date on its own shows them ("tis", "nov"): looked up once. */
const WEEKDAYS = Info.weekdays('short', { locale: 'sv' }).map((name) => name.replace('.', ''));
const MONTHS = Info.months('short', { locale: 'sv' }).map((name) => name.replace('.', ''));

/** "tis 10 nov kl. 08:42" in Stockholm time. */
function dateTime(iso: string): string {
  const time = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE);
  return `${WEEKDAYS[time.weekday - 1]} ${time.day} ${MONTHS[time.month - 1]} kl. ${time.toFormat('HH:mm')}`;
}

export const SV: CardStrings = {
  locale: 'sv',
  dateTime,
  weekLabel: (week) => `v. ${week}`,
  duration: (days, hours, minutes) =>
    days > 0 ? `${days} d ${hours} tim` : hours > 0 ? `${hours} tim ${minutes} min` : `${minutes} min`,
  state: {
    fresh: 'Ny – ingen har tagit den',
    acknowledgedUnheld: 'Bekräftad – ingen har tagit den',
    claimed: (name) => `Tagen av ${name}`,
    sending: (name) => `Skickas av ${name} …`,
    acknowledged: (name) => `Bekräftad – svar utlovat (${name})`,
    awaitingApproval: (name) => `Väntar på godkännande – svar av ${name}`,
    awaitingRemoval: (name) => `Väntar på godkännande – borttagning begärd av ${name}`,
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
  writtenIn: (language) =>
    `Skriven på ${new Intl.DisplayNames(['sv'], { type: 'language' }).of(language) ?? language} – kan någon i teamet läsa den?`,
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
    instagramDirect: 'Direktmeddelande på Instagram',
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
    removal_requested: 'bad om godkännande att ta bort kommentaren',
    approved: 'godkände svaret',
    approval_returned: 'skickade tillbaka med en kommentar',
    idle_released: 'lämnade tillbaka kommentaren till kön (ingen åtgärd på länge)',
    away_released: 'lämnade tillbaka kommentaren till kön (frånvarande)',
    documented: 'upprättade dokumentet för Platina',
    sent_to_registry: 'skickade dokumentet till registraturen',
  },
  noReplyReasons: {
    spam: 'Spam eller reklam',
    thanks_only: 'Bara tack eller en emoji',
    answered_in_thread: 'Redan besvarad i tråden',
    not_for_city: 'Riktar sig inte till staden',
    between_residents: 'Invånare svarar varandra',
    other: 'Annat',
  },
  moderationReasons: {
    olaga_hot: 'Olaga hot (BBS-lagen 5 § 1 a, 4 kap. 5 § brottsbalken)',
    olaga_integritetsintrang: 'Olaga integritetsintrång (BBS-lagen 5 § 1 b, 4 kap. 6 c § brottsbalken)',
    uppvigling: 'Uppvigling (BBS-lagen 5 § 1 c, 16 kap. 5 § brottsbalken)',
    hets_mot_folkgrupp: 'Hets mot folkgrupp (BBS-lagen 5 § 1 d, 16 kap. 8 § brottsbalken)',
    barnpornografi: 'Barnpornografibrott (BBS-lagen 5 § 1 e, 16 kap. 10 a § brottsbalken)',
    olaga_valdsskildring: 'Olaga våldsskildring (BBS-lagen 5 § 1 f, 16 kap. 10 c § brottsbalken)',
    terrorism_uppmaning:
      'Offentlig uppmaning till terrorism eller särskilt allvarlig brottslighet (BBS-lagen 5 § 1 g, terroristbrottslagen 2022:666, som ersatt lag 2010:299)',
    upphovsratt: 'Intrång i upphovsrätt (BBS-lagen 5 § 2, upphovsrättslagen 1960:729)',
    personangrepp: 'Personangrepp eller kränkning (stadens regler)',
    personuppgifter: 'Känsliga personuppgifter (stadens regler)',
    spam: 'Reklam eller spam (stadens regler)',
  },
  buttons: {
    more: 'Mer',
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
    platinaDocument: 'Dokument för Platina (PDF)',
  },
  triage: {
    emoji_only: 'Bara emoji – behöver troligen inget svar.',
    thanks_only: 'Bara ett tack – behöver troligen inget svar.',
    tag_only: 'Bara en tagg av någon annan – behöver troligen inget svar.',
    between_residents:
      'Ett svar till en annan invånare som inte vänder sig till staden – behöver troligen inget svar.',
    close: 'Stäng direkt',
  },
  plainLanguage: {
    title: '**Klarspråk** – tips, du bestämmer:',
    lix: (value, band) =>
      `Läsbarhet: LIX ${value}, ${{ very_easy: 'mycket lättläst', easy: 'lättläst', medium: 'medelsvår', hard: 'svår', very_hard: 'mycket svår' }[band]}`,
    plainer: (found, plainer) => `”${found}” – skriv hellre ”${plainer}”`,
    longSentence: (words, start) => `Lång mening (${words} ord): ”${start}” – dela den gärna`,
    passives: (words) => `Passiv form: ${words} – skriv gärna vem som gör vad`,
    noGreeting: 'Svaret hälsar inte. Börja gärna med ”Hej”.',
    greetByName: (firstName) => `Hälsa gärna med namn: ”Hej ${firstName}!”`,
    unsigned: 'Svaret slutar inte med ditt namn.',
    longerThanComment: (times) => `Svaret är ${times} gånger så långt som kommentaren – går det att korta?`,
    nothingToChange: 'Lättläst, hälsar med namn och slutar med ditt namn.',
    nothingToChangeInPart: 'Lättläst, utan krångliga ord.',
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
    removalTitle: (name, reason) =>
      `**Väntar på godkännande** – ${name} vill ta bort kommentaren från plattformen. Skäl: ${reason}.`,
    removalHint:
      'En borttagning går inte att ångra. En administratör eller godkännare tar bort kommentaren eller skickar tillbaka begäran med en kommentar.',
    approveRemoval: 'Godkänn och ta bort',
    sendBackRequest: 'Skicka tillbaka begäran',
    removalForApproval:
      'Borttagningen väntar på godkännande. Du får besked när kommentaren är borttagen eller om begäran skickas tillbaka.',
    removalSentBack: (name) => `Begäran är tillbaka hos ${name}, med din kommentar. Kommentaren ligger kvar.`,
    savedAnswerLabel: 'Svarsmall',
    savedAnswerPlaceholder: 'Välj en svarsmall',
    savedAnswerIn: (title, language) =>
      `${title} (${new Intl.DisplayNames(['sv'], { type: 'language' }).of(language) ?? language})`,
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
  errors: SV_ERRORS,
  fallbackError: 'Något gick fel. Försök igen om en stund.',
  retryIn: (minutes) => (minutes === 1 ? 'om 1 minut' : `om ${minutes} minuter`),
  retrySoon: 'om en stund',
  trainingWhere: (url, contact) =>
    (url ? ` Utbildningen finns på [Komin](${url}).` : '') +
    (contact ? ` Frågor om utbildningen: ${contact}.` : ''),
  retryAt: (iso) => `efter ${dateTime(iso)}`,
};
