/**
 * The words of the archive package: its summary's column headings and the README (in Swedish, for the city's
 * archive) that says what each file and field holds.
 */
export const ARCHIVE_SUMMARY_COLUMNS = [
  'kommentar',
  'samtal',
  'plattform',
  'konto',
  'skriven',
  'författare',
  'text',
  'läge',
  'svara senast',
  'första svar',
  'antal svar',
  'moderering',
  'platina',
  'gallrad',
] as const;

export interface ArchiveReadmeFacts {
  readonly from: string;
  readonly to: string;
  readonly conversations: number;
  readonly comments: number;
}

export function archiveReadme(facts: ArchiveReadmeFacts): string {
  return `SVARSVAKTEN – ARKIVPAKET
========================

Period: ${facts.from} – ${facts.to} (kommentarer skrivna under perioden, svensk tid)
Samtal: ${facts.conversations}
Kommentarer: ${facts.comments}

Paketet innehåller det som invånare skrev till stadens konton i sociala medier under perioden, stadens svar och
allt som gjordes med varje kommentar i Svarsvakten. Samma period ger alltid exakt samma paket, byte för byte,
så länge inget har ändrats i lagringen (till exempel gallring enligt informationshanteringsplanen).

FILER
-----
README.txt             Den här filen.
sammanfattning.csv     En rad per kommentar (se kolumnerna nedan). Semikolonseparerad, UTF-8 med BOM.
moderering.csv         Modereringsregistret: varje döljning, borttagning och visning igen, med grund enligt
                       lagen (1998:112) om ansvar för elektroniska anslagstavlor 5 § eller stadens regler, vem
                       som beslutade, när, och kopian som sparades.
samtal/<plattform>/<id>.json
                       Ett dokument per samtal: den första kommentaren och alla svar i tråden, i tidsordning.
                       <id> är den första kommentarens id på plattformen.
bilagor/<plattform>/<id>-<n>.<filändelse>
                       Bilder och filmer som kopierades till stadens lagring när kommentaren doldes eller togs
                       bort. Kommentarens media.file pekar hit; media.kept.sha256 är filens kontrollsumma.
manifest-sha256.txt    SHA-256 för varje annan fil, i samma form som kommandot sha256sum skriver
                       (kontrollera med: sha256sum -c manifest-sha256.txt).

SAMTALSDOKUMENTET (JSON)
------------------------
conversation           Samtalets nyckel: plattform:id för den första kommentaren.
platform               Plattformen (facebook, instagram, messenger, linkedin, x, youtube).
account                Stadens konto: id och namn.
post                   Inlägget kommentarerna gäller: id, länk och början av texten, när de är kända.
comments               Kommentarerna i samtalet, äldst först. Varje kommentar har:
  key                  plattform:id, kommentarens nyckel i Svarsvakten.
  commentId            Kommentarens id på plattformen.
  parentId             Id för kommentaren den svarar på, om den är ett svar.
  origin               visitor_post för ett inlägg på sidan, mention för ett omnämnande.
  writtenAt            När invånaren skrev (UTC, ISO 8601).
  receivedAt           När Svarsvakten tog emot den.
  authorId, authorName Skribentens id och namn på plattformen. Tomma efter gallring.
  text                 Texten som den skrevs (eller senast ändrades). Tom efter gallring.
  editedAt             När skribenten senast ändrade texten.
  media                Bilder, filmer och filer: slag och länk på plattformen; kept är kopian i stadens
                       lagring (typ, storlek, SHA-256) och file dess plats i paketet.
  permalink            Länk till kommentaren på plattformen.
  platformStatus       visible, hidden eller removed på plattformen.
  state                Läget i Svarsvakten: open, claimed, acknowledged, case, awaiting_approval, answered,
                       referred, no_reply, case_closed eller moderated.
  deadline             När svaret senast skulle ges enligt riktlinjen (24 timmar, nästa arbetsdag vid helg).
  firstResponseAt      När staden först svarade.
  holder               Den i staden som hade kommentaren (tagit den, svarat, handlagt ärendet).
  sent                 Det staden publicerade: slag (reply = svar, holding_reply = "vi har sett din kommentar",
                       referral = hänvisning), texten, vem, när och svarets id på plattformen. onPlatform betyder
                       att svaret skrevs direkt på plattformen.
  closure              Vem som avslutade och när, skäl när inget svar behövdes, diarienummer i Platina för
                       ärenden.
  moderation           Döljning eller borttagning: åtgärd, grund, vem, när och kopian av kommentaren.
  questions            Frågor till verksamheter och deras svar.
  conversation         Samtalets första kommentar och texten som svaret gäller.
  anonymisedAt         När texten och namnet gallrades enligt informationshanteringsplanen.
  history              Allt som hände med kommentaren: när (at), vem (by), vad (action) och detalj.

SAMMANFATTNINGEN (CSV)
----------------------
${ARCHIVE_SUMMARY_COLUMNS.join(';')}
En rad per kommentar, i samma ordning som samtalen. "antal svar" är antalet texter staden publicerade.
Fält som börjar med =, +, - eller @ har en apostrof först, så att ett kalkylprogram inte läser dem som formler.
`;
}
