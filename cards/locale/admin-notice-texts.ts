import { PLATFORM_NAMES, type Platform } from '../../services/domain/platform';
import { swedishDateTime } from '../swedish-time';
import { excerptLine } from '../excerpt-card';
import type { StoredComment } from '../../services/domain/comment';

/** What admins are told in 1:1 (and read in the daily overview) when something needs their hand. */
export const ADMIN_NOTICE_TEXTS = {
  deadLetters: (count: number) =>
    `${count} kort kunde inte postas: Teams tar inte emot ${count === 1 ? 'det' : 'dem'} ` +
    'hur många gånger Svarsvakten än försöker. Kommentarerna är sparade. Skriv **utkorg lista** för att se varför, ' +
    'och **utkorg försök igen** när felet är åtgärdat.',
  foreignAccount: (platform: Platform, shownId: string | undefined) =>
    `${PLATFORM_NAMES[platform]} skickar händelser för ${shownId ? `kontot ${shownId}` : 'ett konto med ogiltigt id'}, ` +
    'som inte finns i Svarsvaktens kontolista. De har inte sparats och inga kort har skapats. Om kontot är stadens: ' +
    'lägg till det i kontolistan (ACCOUNTS_FILE) och starta om.',
  routeRefused: (teamName: string | undefined) =>
    `Svarsvakten kan inte längre lägga ut kommentarer i ${teamName ? `teamet ${teamName}` : 'teamet'}: Teams svarar ` +
    'att appen inte finns där. Nya kommentarer sparas och läggs ut så snart Svarsvakten har lagts till i teamet igen, ' +
    'eller när kontot kopplats till en annan kanal med **koppla <plattform> <konto-id>**.',
  unrouted: (platform: Platform, accountName: string, accountId: string) =>
    `Det har kommit meddelanden via ${PLATFORM_NAMES[platform]} till ${accountName}, men ingen kanal är kopplad för ` +
    `kontaktcenter. De är sparade och visas när en kanal kopplas: skriv **koppla ${platform} ${accountId}** i ` +
    'kontaktcenters kanal.',
  pollingPaused: (platform: Platform, accountName: string, until: string) =>
    `${PLATFORM_NAMES[platform]} (${accountName}): hämtningen är pausad till ${swedishDateTime(until)} – kvoten ` +
    'eller anropsgränsen är slut.',
  needsReconnect: (platform: Platform, accountName: string, setting: string, connectable = false) =>
    `**Behöver anslutas igen:** ${PLATFORM_NAMES[platform]} (${accountName}) tar inte längre emot Svarsvaktens ` +
    'inloggning – den är återkallad eller har gått ut. Svarsvakten kan inte hämta nya kommentarer därifrån eller ' +
    'publicera svar; korten säger det och låter er svara direkt på plattformen och klistra in svaret. Utkasten finns ' +
    `kvar. Anslut kontot igen: ${connectable ? 'med **Anslut konto** under Konton i översiktsfliken, eller ' : ''}` +
    `lägg en ny token i \`${setting}\` (Key Vault) och starta om.`,
  credentialEnds: (platform: Platform, accountName: string, endsAt: string, days: number) =>
    `${PLATFORM_NAMES[platform]} (${accountName}): Svarsvaktens inloggning går ut ${swedishDateTime(endsAt)}, om ` +
    `${days === 1 ? 'mindre än en dag' : `${days} dagar eller mindre`}. Anslut kontot igen innan dess, annars slutar ` +
    'Svarsvakten hämta kommentarer och publicera svar där.',
  credentialUnreadable: (platform: Platform, accountName: string) =>
    `**Inloggningen kan inte öppnas:** ${PLATFORM_NAMES[platform]} (${accountName}) – den sparade inloggningen är ` +
    'förseglad med en nyckel som Svarsvakten inte längre har. Sätt tillbaka den gamla nyckeln som ' +
    '`TOKEN_KEY_PREVIOUS` och starta om, eller anslut kontot igen. Tills dess hämtar och publicerar Svarsvakten ' +
    'inget där.',
  subscriptionMissing: (platform: Platform, accountName: string, fields: readonly string[]) =>
    `**Webhook saknas:** ${PLATFORM_NAMES[platform]} (${accountName}) skickar inte längre ` +
    `${fields.map((f) => `\`${f}\``).join(' och ')} till Svarsvakten – prenumerationen är borttagen. ` +
    'Svarsvakten läser ändå tillbaka kontot med jämna mellanrum, men kommentarerna kommer senare. Prenumerera ' +
    'kontot på appen igen ' +
    '(`POST /{id}/subscribed_apps`, se docs/deployment.md avsnitt 4).',
  quietAccount: (platform: Platform, accountName: string, lastAt: string) =>
    `**Tyst konto:** ${PLATFORM_NAMES[platform]} (${accountName}) har inte fått någon kommentar sedan ` +
    `${swedishDateTime(lastAt)}, längre än det brukar vara tyst. Kontrollera att kommentarer når Svarsvakten: ` +
    'skriv **konton** för läget för varje konto.',
  archivePeriodEnded: (from: string, to: string) =>
    `Arkiveringsperioden ${from} – ${to} är slut. Ta ut arkivpaketet och lämna det till stadens arkiv enligt ` +
    'informationshanteringsplanen: **Arkivpaket** i översiktsfliken, eller ' +
    `\`npm run archive -- --from ${from} --to ${to}\` på servern.`,
  archiveWaiting: (from: string, to: string, count: number) =>
    `${count === 1 ? 'En kommentar' : `${count} kommentarer`} från perioden ${from} – ${to} har passerat ` +
    'gallringstiden men väntar på ett arkivpaket som håller dem som de är nu: paketet är inte uttaget, eller togs ' +
    'ut innan de ändrades. De ligger kvar med ' +
    'invånarnas ord tills det är gjort. Ta ut paketet under **Arkivpaket** i översiktsfliken, eller ' +
    `\`npm run archive -- --from ${from} --to ${to}\` på servern.`,
  redactionStuck: (comment: StoredComment, attempts: number) =>
    `**Ett kort visar fortfarande gallrade ord.** Kortet för en kommentar som gallrats enligt ` +
    `informationshanteringsplanen (${excerptLine(comment)}), eller en fråga till en verksamhet om den, kunde inte uppdateras i ` +
    `Teams efter ${attempts} försök. Svarsvakten försöker igen en gång om dygnet; lyckas det inte, ta bort kortet i ` +
    'kanalen.',
  registryStuck: (reference: string, attempts: number) =>
    `**Ett ärende har inte nått registraturen.** Dokumentet för Platina i ärende ${reference} kunde inte skickas ` +
    `efter ${attempts} försök. Svarsvakten försöker igen en gång om dygnet, så ett automatiskt mejl kan fortfarande ` +
    'komma fram. Lämnar ni dokumentet för hand (det hämtas från kortet), säg till registraturen att det kan komma två ' +
    'gånger.',
};

export type AdminNoticeTexts = typeof ADMIN_NOTICE_TEXTS;

/** A notice in words of either language: drawn for each reader in theirs. */
export type NoticeWords = (T: AdminNoticeTexts) => string;
