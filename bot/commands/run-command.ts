import { isAppError } from '../../services/domain/app-error';
import type { Person } from '../../services/domain/comment';
import { isPlatform, PLATFORM_NAMES } from '../../services/domain/platform';
import type { Clock, DutyStore, RouteStore, StaffStore, TeamsChannelRoute } from '../../services/ports';
import { outboxCommand, type OutboxCommandDeps } from './outbox-command';
import { staffCommand, type StaffCommandDeps } from './staff-command';
import { errorText } from '../../cards/card-texts';
import type { AccessControl } from '../access-control';
import type { AccountDirectory } from '../account-directory';
import { utcIso } from '../../services/domain/utc-iso';

/** A person @mentioned in a command, as Teams profiles them. */
export interface MentionedPerson {
  /** The Entra object id where Teams gives one. */
  readonly id: string;
  readonly name: string;
  /** The Teams user id (29:…), what a mention in a message needs. */
  readonly teamsId?: string;
  /** Whether `id` is the person's Entra object id (Teams gave one); a change to who may act needs it. */
  readonly resolved: boolean;
}

export interface CommandInput {
  /** The message text with the bot's own mention removed. */
  readonly text: string;
  readonly actor: Person;
  readonly mentions: readonly MentionedPerson[];
  /** The channel the command was given in; undefined in a 1:1 chat. */
  readonly channel: TeamsChannelRoute | undefined;
}

export interface CommandDeps extends StaffCommandDeps, OutboxCommandDeps {
  readonly access: AccessControl;
  readonly staff: StaffStore;
  readonly routes: RouteStore;
  readonly duty: DutyStore;
  readonly accounts: AccountDirectory;
  readonly clock: Clock;
  /** Told when a binding changed, so routes resolved earlier are not reused. */
  readonly routesChanged?: () => void;
}

/** Where a command works: in a team's channel, in the 1:1 chat with the bot, or both. */
export type CommandScope = 'team' | 'personal';

/** The commands the bot answers, as shown in help and in the app manifest's command lists. */
export const COMMANDS: readonly {
  readonly command: string;
  readonly description: string;
  readonly scopes: readonly CommandScope[];
}[] = [
  { command: 'hjälp', description: 'Visar vad Svarsvakten kan göra', scopes: ['team', 'personal'] },
  {
    command: 'behörighet lista',
    description: 'Visar vilka som får hantera kommentarer',
    scopes: ['team', 'personal'],
  },
  {
    command: 'behörighet historik',
    description: 'Visar vem som ändrat behörigheter och kopplingar (administratörer)',
    scopes: ['team', 'personal'],
  },
  {
    command: 'behörighet lägg till @person',
    description: 'Ger en utbildad kollega behörighet (administratörer)',
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
    command: 'utkorg lista',
    description: 'Visar kort som Teams inte tog emot (administratörer)',
    scopes: ['team', 'personal'],
  },
  {
    command: 'utkorg försök igen',
    description: 'Postar stoppade kort på nytt (administratörer)',
    scopes: ['team', 'personal'],
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
];

/** The answer to "hjälp" and to anything the bot does not know. */
export const HELP =
  'Jag är Svarsvakten. Varje kommentar från stadens konton i sociala medier blir ett kort i kanalen: ta den, svara direkt från kortet, skicka "vi har sett din kommentar", hänvisa eller stäng den – inom 24 timmar.\n\n' +
  COMMANDS.map((c) => `- **${c.command}** – ${c.description}`).join('\n');

function names(people: readonly { readonly name: string }[]): string {
  return people.map((p) => p.name).join(', ');
}

async function routeCommand(deps: CommandDeps, input: CommandInput, words: string[]): Promise<string> {
  if (words[1] === 'lista') {
    const routes = await deps.routes.list();
    if (routes.length === 0) {
      return 'Inga konton är kopplade. Kommentarer hamnar i General-kanalen i det första teamet där Svarsvakten lades till (Messenger hamnar ingenstans förrän kontaktcenter kopplat sin kanal).';
    }
    return routes
      .map((r) => {
        const platform = isPlatform(r.platform) ? r.platform : 'facebook';
        return `- ${PLATFORM_NAMES[platform]} ${deps.accounts.displayName(platform, r.accountId)} (${r.accountId}) → kanal ${r.channelId}`;
      })
      .join('\n');
  }
  deps.access.assertAdmin(input.actor);
  const [, platformWord, accountId] = words;
  const platform = platformWord?.toLowerCase();
  if (!isPlatform(platform) || !accountId)
    return 'Skriv till exempel **koppla facebook 180001234567890** eller **koppla messenger 180001234567890**.';
  if (!input.channel) return 'Skriv kommandot i den kanal som kontot ska kopplas till.';
  await deps.routes.bind({ ...input.channel, platform, accountId, boundBy: input.actor.name });
  await deps.audit.record({
    at: utcIso(deps.clock.now()),
    by: { id: input.actor.id, name: input.actor.name },
    action: 'route_bound',
    subject: { id: `${platform}:${accountId}`, name: deps.accounts.displayName(platform, accountId) },
    channelId: input.channel.channelId,
  });
  deps.routesChanged?.();
  return `Nya kommentarer från ${PLATFORM_NAMES[platform]}-kontot ${deps.accounts.displayName(platform, accountId)} hamnar nu i den här kanalen.`;
}

async function dutyCommand(deps: CommandDeps, input: CommandInput, words: string[]): Promise<string> {
  await deps.access.assertStaff(input.actor);
  if (!input.channel) return 'Bevakning gäller en kanal: skriv kommandot i kanalen.';
  const channelId = input.channel.channelId;
  const sub = words.slice(1).join(' ');
  if (sub.startsWith('lista')) {
    const people = await deps.duty.list(channelId);
    if (people.length === 0)
      return 'Ingen har bevakning i den här kanalen. Lägg till med **bevakning lägg till @person**.';
    return `Bevakning i kanalen: ${names(people)}`;
  }
  const adding = sub.startsWith('lägg till');
  if (!adding && !sub.startsWith('ta bort')) return HELP;
  if (input.mentions.length === 0)
    return 'Nämn den det gäller med @, till exempel **bevakning lägg till @Anna Svensson**.';
  for (const person of input.mentions) {
    if (adding) await deps.duty.add(channelId, { id: person.teamsId ?? person.id, name: person.name });
    else await deps.duty.remove(channelId, person.teamsId ?? person.id);
  }
  return adding
    ? `${names(input.mentions)} nämns nu när en kommentar som ingen tagit närmar sig tidsgränsen.`
    : `${names(input.mentions)} har inte längre bevakning i kanalen.`;
}

/** A message to the bot → its answer (markdown). Refusals are answered in Swedish, never thrown. */
export async function runCommand(deps: CommandDeps, input: CommandInput): Promise<string> {
  const words = input.text.trim().replace(/\s+/g, ' ').split(' ').filter(Boolean);
  const first = words[0]?.toLowerCase();
  try {
    if (first === 'behörighet') return await staffCommand(deps, input, words, HELP);
    if (first === 'koppla') return await routeCommand(deps, input, words);
    if (first === 'bevakning') return await dutyCommand(deps, input, words);
    if (first === 'utkorg') return await outboxCommand(deps, input, words, HELP);
    return HELP;
  } catch (error) {
    if (isAppError(error)) return errorText(error.code, error.details);
    throw error;
  }
}
