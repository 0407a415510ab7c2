import type { PlainerWord } from '../../services/domain/plain-language/advise';

/**
 * Words and phrases the writing guides call officialese, each with a plainer one beside it: a curated list the city
 * extends here. Sources: Språkrådet, "Myndigheternas skrivregler" (2014), "Välj vanliga ord"; Språkrådet,
 * "Krångelspärren"; Malmö stad, "Skriv så att alla förstår" (klarspråk); for English, GOV.UK style guide, "Words to
 * avoid", and plainlanguage.gov, "Use simple words and phrases".
 */

export const PLAINER_SWEDISH: readonly PlainerWord[] = [
  { word: 'erhålla', plainer: 'få' },
  { word: 'erhåller', plainer: 'får' },
  { word: 'erhållit', plainer: 'fått' },
  { word: 'tillhandahålla', plainer: 'ge, erbjuda' },
  { word: 'tillhandahåller', plainer: 'ger, erbjuder' },
  { word: 'inneha', plainer: 'ha' },
  { word: 'innehar', plainer: 'har' },
  { word: 'emellertid', plainer: 'men' },
  { word: 'därest', plainer: 'om' },
  { word: 'beakta', plainer: 'tänka på' },
  { word: 'föreligga', plainer: 'finnas' },
  { word: 'föreligger', plainer: 'finns' },
  { word: 'vederbörande', plainer: 'den det gäller' },
  { word: 'tillställa', plainer: 'skicka' },
  { word: 'ifrågavarande', plainer: 'den här' },
  { word: 'i enlighet med', plainer: 'enligt' },
  { word: 'med anledning av', plainer: 'eftersom, på grund av' },
  { word: 'i syfte att', plainer: 'för att' },
  { word: 'i dagsläget', plainer: 'nu' },
  { word: 'i nuläget', plainer: 'nu' },
  { word: 'ånyo', plainer: 'igen' },
  { word: 'torde', plainer: 'bör, kan' },
  { word: 'erforderlig', plainer: 'nödvändig' },
  { word: 'erforderliga', plainer: 'nödvändiga' },
  { word: 'tillse', plainer: 'se till' },
  { word: 'åligger', plainer: 'ska' },
  { word: 'påkalla', plainer: 'kräva' },
  { word: 'tillika', plainer: 'också' },
  { word: 'dylik', plainer: 'sådan' },
  { word: 'dylika', plainer: 'sådana' },
  { word: 'avseende', plainer: 'om, gäller' },
  { word: 'beträffande', plainer: 'om' },
  { word: 'härmed', plainer: '(stryk)' },
  { word: 'vidtaga', plainer: 'göra' },
  { word: 'vidta åtgärder', plainer: 'göra något åt' },
  { word: 'handläggning', plainer: 'hantering' },
  { word: 'återkomma', plainer: 'höra av oss' },
  { word: 'återkommer', plainer: 'hör av oss' },
  { word: 'delgiva', plainer: 'berätta för' },
  { word: 'samt', plainer: 'och' },
  { word: 'såsom', plainer: 'som' },
  { word: 'till följd av', plainer: 'på grund av' },
  { word: 'i samband med', plainer: 'när, vid' },
  { word: 'äga rum', plainer: 'bli av, vara' },
  { word: 'äger rum', plainer: 'blir av, är' },
];

export const PLAINER_ENGLISH: readonly PlainerWord[] = [
  { word: 'utilise', plainer: 'use' },
  { word: 'utilize', plainer: 'use' },
  { word: 'commence', plainer: 'start' },
  { word: 'in order to', plainer: 'to' },
  { word: 'prior to', plainer: 'before' },
  { word: 'regarding', plainer: 'about' },
  { word: 'pursuant to', plainer: 'under' },
  { word: 'endeavour', plainer: 'try' },
  { word: 'facilitate', plainer: 'help' },
  { word: 'in accordance with', plainer: 'under, by' },
  { word: 'at this point in time', plainer: 'now' },
  { word: 'assistance', plainer: 'help' },
  { word: 'approximately', plainer: 'about' },
  { word: 'notwithstanding', plainer: 'despite' },
  { word: 'henceforth', plainer: 'from now on' },
];

/** Both lists, as the klarspråk help takes them. */
export const PLAINER_WORDS = { sv: PLAINER_SWEDISH, en: PLAINER_ENGLISH } as const;
