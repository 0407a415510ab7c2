import { PLATFORM_NAMES, type Platform } from '../../services/domain/platform';
import { swedishDateTime } from '../swedish-time';

/** What `npm run preflight` prints: a table in Swedish, a row per check, and the verdict. */
export const PREFLIGHT_TEXTS = {
  title: 'Svarsvakten – kontroll före drift',
  columns: ['Kontroll', 'Resultat', 'Vad som gäller'] as const,
  verdict: { ok: 'OK', warning: 'VARNING', problem: 'FEL' } as const,
  summary: (problems: number, warnings: number) =>
    problems === 0
      ? `Allt som kontrollerades fungerar${warnings > 0 ? ` (${warnings} varningar)` : ''}.`
      : `${problems} ${problems === 1 ? 'fel' : 'fel'} måste åtgärdas före drift. Se raderna märkta FEL.`,
  identity: 'Botens identitet i Microsoft Entra ID',
  identityLocal: 'lokalt läge: ingen identitet behövs (MicrosoftAppId saknas)',
  identitySignedIn: 'boten fick en token för Bot Framework',
  identityFailed: (why: string) => `boten kunde inte logga in: ${why}`,
  storage: 'Lagring (Table Storage)',
  storageOk: 'tabellerna nås och kan läsas',
  storageFailed: (why: string) => `tabellerna nås inte: ${why}`,
  account: (platform: Platform, name: string, id: string) => `${PLATFORM_NAMES[platform]} ${name} (${id})`,
  credential: 'inloggning',
  subscription: 'webhook',
  noToken: (setting: string) =>
    `ingen token: korten blir i handläge. Sätt \`${setting}\` för att svara härifrån`,
  needsReconnect: (setting: string) =>
    `plattformen tar inte emot inloggningen: lägg en ny token i \`${setting}\``,
  /** `never`: the platform says it does not end; otherwise its end, where the platform tells it. */
  tokenValid: (endsAt?: string | 'never') =>
    endsAt === 'never' ? 'giltig, går inte ut' : endsAt ? `giltig till ${swedishDateTime(endsAt)}` : 'giltig',
  tokenInvalid: (why: string) => `ogiltig: ${why}`,
  metaSaysInvalid: 'Meta säger att den inte gäller',
  missingScopes: (scopes: readonly string[]) => `saknar behörigheten ${scopes.join(', ')}`,
  otherAccount: (found: string) => `token hör till ett annat konto (${found})`,
  notAdministrator: 'inloggningen är inte administratör för organisationen (ADMINISTRATOR)',
  unreachable: (why: string) => `plattformen svarade inte som väntat: ${why}`,
  subscribed: (fields: readonly string[]) => `prenumererar på ${fields.join(', ')}`,
  notSubscribed: (fields: readonly string[]) =>
    `prenumererar inte på ${fields.join(', ')}: prenumerera kontot på appen (POST /{id}/subscribed_apps)`,
  channel: (team: string, channel: string) => `Kanal ${channel} i team ${team}`,
  channelOk: 'provkort postat',
  channelFailed: (why: string) => `provkortet kom inte fram: ${why}`,
  noChannels: 'Kanaler',
  noChannelsDetail: 'Svarsvakten är inte tillagd i något team: inga kort kan postas',
  testCard: (at: string) =>
    `Provkort från Svarsvaktens kontroll före drift (${swedishDateTime(at)}): den här kanalen tar emot kort.`,
} as const;
