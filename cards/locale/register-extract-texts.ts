/** The register extract's README, in Swedish, for the data protection officer who hands it over. */
export interface RegisterExtractFacts {
  readonly query: string;
  readonly at: string;
  readonly by: string;
  readonly written: number;
  readonly naming: number;
  /** RETENTION_DAYS; 0 when nothing is purged. */
  readonly retentionDays: number;
  /** The periods whose archive packages were taken out (yyyy-MM-dd – yyyy-MM-dd). */
  readonly archived: readonly string[];
}

export function registerExtractReadme(facts: RegisterExtractFacts): string {
  const purge =
    facts.retentionDays > 0
      ? `Svarsvakten gallrar enligt stadens informationshanteringsplan: en kommentar förlorar invånarens text, namn och
id ${facts.retentionDays} dagar efter att den skrevs, när arkivpaketet för dess period är uttaget. Gallrade kommentarer
går inte att söka fram och finns inte med här. De finns i de arkivpaket som togs ut innan gallringen:
${facts.archived.length > 0 ? facts.archived.map((period) => `  - ${period}`).join('\n') : '  (inga arkivpaket är uttagna än)'}`
      : 'Svarsvakten gallrar ingenting (RETENTION_DAYS är 0): allt som finns sparat har sökts igenom.';
  return `SVARSVAKTEN – REGISTERUTDRAG
============================

Det här är allt Svarsvakten har sparat om den som söktes, för ett registerutdrag enligt artikel 15 i
dataskyddsförordningen. Dataskyddsombudet går igenom det innan det lämnas ut.

Sökning:   ${facts.query}
Uttaget:   ${facts.at} av ${facts.by}
Hittat:    ${facts.written} kommentarer eller meddelanden som personen skrev, och ${facts.naming} som någon annan
           skrev där personen nämns med namn eller id.

FILER
-----
registerutdrag.json    Det som hittades:
  kommentarer          Varje kommentar eller meddelande personen skrev (sökt på id eller på namnet som plattformen
                       visade), med allt Svarsvakten har om den: texten, stadens svar, historiken (vem som gjorde vad
                       och när), frågor till verksamheter och deras svar, anteckningar, moderering med den kopia som
                       sparades och bilagor. Fälten beskrivs i arkivpaketets README.
  omnämnanden          Kommentarer som någon annan skrev där personen nämns med hela namnet eller id:t: bara var
                       (plattform, när och i vilket fält – texten, svaren, frågorna, anteckningen eller de senaste
                       raderna i historiken), inte vad: de innehåller också andra personers uppgifter.
dataskyddsombudet/     Bara för dataskyddsombudet, lämnas inte ut: vilka kommentarer omnämnandena finns i (deras id i
  omnamnanden.json     Svarsvakten), så att ombudet kan läsa dem och lämna ut det som gäller personen.
bilagor/<plattform>/   Bilder och filmer som sparades när en av personens kommentarer doldes eller togs bort.
manifest-sha256.txt    SHA-256 för varje annan fil (kontrollera med: sha256sum -c manifest-sha256.txt).

DET HÄR FINNS INTE MED
----------------------
${purge}

Det som finns kvar på plattformarna (Facebook, Instagram, X, YouTube, LinkedIn) och de versioner av korten som
Microsoft Teams själv sparar enligt stadens lagringsregler i Microsoft 365 ingår inte: de begärs ut där.
`;
}

/** The audit entry's detail: how much was found, never whom it was about. */
export const registerExtractAuditDetail = (written: number, naming: number): string =>
  `${written} kommentarer, ${naming} omnämnanden`;
