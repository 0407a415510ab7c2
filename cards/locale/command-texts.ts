import { PLATFORM_NAMES, type Platform } from '../../services/domain/platform';
import type { ReaderLanguage } from '../../services/domain/reader-language';

/** Every word the bot's commands answer with: the command menu, help, and the replies to each command. */

/** Where a command works: in a team's channel, in the 1:1 chat with the bot, or both. */
export type CommandScope = 'team' | 'personal';

/** The commands the bot answers, as shown in help and in the app manifest's command lists. */
export interface CommandEntry {
  readonly command: string;
  readonly description: string;
  readonly scopes: readonly CommandScope[];
}

export const COMMANDS: readonly CommandEntry[] = [
  { command: 'hjälp', description: 'Visar vad Svarsvakten kan göra', scopes: ['team', 'personal'] },
  {
    command: 'behörighet lista',
    description: 'Visar vilka som får hantera kommentarer',
    scopes: ['team', 'personal'],
  },
  {
    command: 'behörighet historik',
    description: 'Visar vem som ändrat behörigheter och kopplingar (administratörer)',
    scopes: ['personal'],
  },
  {
    command: 'behörighet lägg till @person',
    description: 'Ger en utbildad kollega behörighet; sist "inskolning" eller "godkännare" (administratörer)',
    scopes: ['team', 'personal'],
  },
  {
    command: 'behörighet ta bort @person',
    description: 'Tar bort en behörighet (administratörer)',
    scopes: ['team', 'personal'],
  },
  {
    command: 'koppla <plattform> <konto-id>',
    description: 'Kopplar ett konto till den här kanalen (administratörer)',
    scopes: ['team'],
  },
  {
    command: 'koppla lista',
    description: 'Visar vilka konton som hamnar i vilka kanaler',
    scopes: ['team', 'personal'],
  },
  { command: 'bevakning lista', description: 'Visar vem som har bevakning i kanalen', scopes: ['team'] },
  {
    command: 'konton',
    description: 'Visar för varje konto inloggning, senaste kommentar, webhook och fel',
    scopes: ['personal'],
  },
  {
    command: 'utkorg lista',
    description: 'Visar kort som Teams inte tog emot (administratörer)',
    scopes: ['team', 'personal'],
  },
  {
    command: 'utkorg försök igen',
    description: 'Postar stoppade kort på nytt (administratörer)',
    scopes: ['personal'],
  },
  {
    command: 'verksamhet lägg till <namn>',
    description: 'Kopplar den här kanalen till en verksamhet som kan få frågor (administratörer)',
    scopes: ['team'],
  },
  {
    command: 'verksamhet lista',
    description: 'Visar vilka verksamheter som kan få frågor',
    scopes: ['team', 'personal'],
  },
  {
    command: 'frånvaro på',
    description: 'Du är borta: dina tagna kommentarer går tillbaka till kön, påminnelser går förbi dig',
    scopes: ['personal'],
  },
  {
    command: 'frånvaro av',
    description: 'Du är tillbaka',
    scopes: ['personal'],
  },
  {
    command: 'bevakning lägg till @person',
    description: 'Nämns när en kommentar ingen tagit närmar sig tidsgränsen',
    scopes: ['team'],
  },
  {
    command: 'bevakning ta bort @person',
    description: 'Tar bort någon från bevakningen i kanalen',
    scopes: ['team'],
  },
  {
    command: 'språk sv | en',
    description:
      'Väljer språket Svarsvakten skriver på i kanalen: kort, påminnelser, meddelanden och dagens läge (administratörer)',
    // In help only: a team's command list in the app package holds at most twelve.
    scopes: [],
  },
];

/** The answer to "hjälp" and to anything the bot does not know. */
export const HELP =
  'Jag är Svarsvakten. Varje kommentar från stadens konton i sociala medier blir ett kort i kanalen: ta den, svara direkt från kortet, skicka "vi har sett din kommentar", hänvisa eller stäng den – inom 24 timmar.\n\n' +
  COMMANDS.map((c) => `- **${c.command}** – ${c.description}`).join('\n');

function names(people: readonly { readonly name: string }[]): string {
  return people.map((p) => p.name).join(', ');
}

export const ROUTE_TEXTS = {
  noneBound:
    'Inga konton är kopplade. Kommentarer hamnar i General-kanalen i det första teamet där Svarsvakten lades till (Messenger hamnar ingenstans förrän kontaktcenter kopplat sin kanal).',
  boundLine: (platform: Platform, accountName: string, accountId: string, channelId: string) =>
    `- ${PLATFORM_NAMES[platform]} ${accountName} (${accountId}) → kanal ${channelId}`,
  usage: 'Skriv till exempel **koppla facebook 180001234567890** eller **koppla messenger 180001234567890**.',
  inChannelOnly: 'Skriv kommandot i den kanal som kontot ska kopplas till.',
  bound: (platform: Platform, accountName: string) =>
    `Nya kommentarer från ${PLATFORM_NAMES[platform]}-kontot ${accountName} hamnar nu i den här kanalen.`,
};

export const DUTY_TEXTS = {
  inChannelOnly: 'Bevakning gäller en kanal: skriv kommandot i kanalen.',
  nobody: 'Ingen har bevakning i den här kanalen. Lägg till med **bevakning lägg till @person**.',
  list: (people: readonly { readonly name: string }[]) => `Bevakning i kanalen: ${names(people)}`,
  mentionSomeone: 'Nämn den det gäller med @, till exempel **bevakning lägg till @Anna Svensson**.',
  added: (people: readonly { readonly name: string }[]) =>
    `${names(people)} nämns nu när en kommentar som ingen tagit närmar sig tidsgränsen.`,
  removed: (people: readonly { readonly name: string }[]) =>
    `${names(people)} har inte längre bevakning i kanalen.`,
};

export const OUTBOX_TEXTS = {
  nothingToRetry: 'Inga kort väntar på ett nytt försök.',
  retrying: (count: number) => `${count} kort ligger i kö igen och postas inom en stund.`,
  noneStopped: (pending: number) => `Inga kort är stoppade. ${pending} kort väntar på att postas just nu.`,
  stoppedLine: (platform: Platform, code: string, attempts: number) =>
    `- ${PLATFORM_NAMES[platform]}: Teams svarade ${code} efter ${attempts} försök`,
  stopped: (shown: string, lines: readonly string[]) =>
    `Kort som Teams inte tog emot (${shown}). Kommentarerna är sparade. ` +
    `Skriv **utkorg försök igen** när felet är åtgärdat.\n\n${lines.join('\n')}`,
  moreThan: (count: number) => `fler än ${count}`,
};

export const AWAY_TEXTS = {
  nobody: 'Ingen är frånvarande just nu.',
  list: (away: readonly { readonly name: string; readonly since: string }[]) =>
    `Frånvarande: ${away.map((a) => a.name).join(', ')}`,
  away: (name: string, self: boolean, released: number, kept: number) =>
    `${self ? 'Du är' : `${name} är`} frånvarande. ` +
    (released === 0
      ? 'Inga tagna kommentarer behövde gå tillbaka till kön.'
      : `${released} ${released === 1 ? 'kommentar' : 'kommentarer'} gick tillbaka till kön.`) +
    (kept > 0
      ? ` ${kept} ${kept === 1 ? 'ärende eller svar som väntar på godkännande ligger' : 'ärenden eller svar som väntar på godkännande ligger'} kvar – be en kollega ta över.`
      : '') +
    ` Påminnelser och tilldelningar går förbi ${self ? 'dig' : name} tills ${self ? 'du skriver' : 'någon skriver'} **frånvaro av**.`,
  back: (name: string, self: boolean) =>
    `${self ? 'Välkommen tillbaka!' : `${name} är tillbaka.`} Påminnelser och tilldelningar gäller ${self ? 'dig' : name} igen.`,
  wasNotAway: (name: string, self: boolean) =>
    `${self ? 'Du var' : `${name} var`} inte markerad som frånvarande.`,
};

export const DEPARTMENT_TEXTS = {
  none: 'Inga verksamheter är kopplade. En administratör skriver **verksamhet lägg till <namn>** i verksamhetens kanal.',
  list: (names: readonly string[]) => `Verksamheter att fråga: ${names.join(', ')}`,
  nameWanted: 'Skriv verksamhetens namn, till exempel **verksamhet lägg till Avfall**.',
  inChannelOnly: 'Skriv kommandot i verksamhetens egen kanal: frågorna hamnar där.',
  bound: (name: string) =>
    `Frågor till ${name} hamnar nu i den här kanalen. Vem som helst här kan svara – inget publiceras, svaret går till den som frågade.`,
  removed: (name: string) => `${name} finns inte längre att fråga.`,
  unknown: (name: string) => `Ingen verksamhet heter ${name}.`,
};

const LANGUAGE_NAMES: Record<ReaderLanguage, string> = { sv: 'svenska', en: 'engelska' };

export const LANGUAGE_TEXTS = {
  /** The language's name as the history keeps it. */
  name: (language: ReaderLanguage): string => LANGUAGE_NAMES[language],
  inChannelOnly: 'Språket gäller en kanal: skriv kommandot i kanalen.',
  current: (language: ReaderLanguage) =>
    `Svarsvakten skriver på ${LANGUAGE_NAMES[language]} i den här kanalen: kort, påminnelser, meddelanden och dagens läge. ` +
    'Var och ens egna kort och chattar följer det språk de har i Teams. En administratör byter med **språk en** eller **språk sv**.',
  usage: 'Skriv **språk sv** för svenska eller **språk en** för engelska.',
  set: (language: ReaderLanguage) =>
    `Svarsvakten skriver nu på ${LANGUAGE_NAMES[language]} i den här kanalen: kort, påminnelser, meddelanden och dagens läge.`,
};

export type LanguageTexts = typeof LANGUAGE_TEXTS;
export type RouteTexts = typeof ROUTE_TEXTS;
export type DutyTexts = typeof DUTY_TEXTS;
export type OutboxTexts = typeof OUTBOX_TEXTS;
export type AwayTexts = typeof AWAY_TEXTS;
export type DepartmentTexts = typeof DEPARTMENT_TEXTS;
