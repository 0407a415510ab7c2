import type { CommandInput } from '../../services/app/commands/command-input';
import { isAppError } from '../../services/domain/app-error';
import { isPlatform } from '../../services/domain/platform';
import { commandWords } from '../../cards/locale/command-words';
import type { Clock, DutyStore, RouteStore, StaffStore } from '../../services/ports/index';
import { accountsCommand, type AccountsCommandDeps } from '../../services/app/commands/accounts-command';
import { awayCommand, type AwayCommandDeps } from '../../services/app/commands/away-command';
import {
  departmentCommand,
  type DepartmentCommandDeps,
} from '../../services/app/commands/department-command';
import { outboxCommand, type OutboxCommandDeps } from '../../services/app/commands/outbox-command';
import { staffCommand, type StaffCommandDeps } from '../../services/app/commands/staff-command';
import { languageCommand, type LanguageCommandDeps } from '../../services/app/commands/language-command';
import { errorText } from '../../cards/card-texts';
import type { AccessControl } from '../../services/app/access/access-control';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import { utcIso } from '../../services/domain/utc-iso';

export interface CommandDeps
  extends
    StaffCommandDeps,
    OutboxCommandDeps,
    AwayCommandDeps,
    DepartmentCommandDeps,
    AccountsCommandDeps,
    LanguageCommandDeps {
  readonly access: AccessControl;
  readonly staff: StaffStore;
  readonly routes: RouteStore;
  readonly duty: DutyStore;
  readonly accounts: AccountDirectory;
  readonly clock: Clock;
  /** Routes resolved earlier: forgotten when a binding changed. */
  readonly routeCache?: { forget(): void };
}

async function routeCommand(deps: CommandDeps, input: CommandInput, words: string[]): Promise<string> {
  const ROUTE_TEXTS = commandWords(input.language).route;
  if (words[1] === 'lista') {
    const routes = await deps.routes.list();
    if (routes.length === 0) {
      return ROUTE_TEXTS.noneBound;
    }
    return routes
      .map((r) => {
        const platform = isPlatform(r.platform) ? r.platform : 'facebook';
        const name = deps.accounts.displayName(platform, r.accountId);
        return ROUTE_TEXTS.boundLine(platform, name, r.accountId, r.channelId);
      })
      .join('\n');
  }
  deps.access.assertAdmin(input.actor);
  const [, platformWord, accountId] = words;
  const platform = platformWord?.toLowerCase();
  if (!isPlatform(platform) || !accountId) return ROUTE_TEXTS.usage;
  if (!input.channel) return ROUTE_TEXTS.inChannelOnly;
  await deps.routes.bind({ ...input.channel, platform, accountId, boundBy: input.actor.name });
  await deps.audit.record({
    at: utcIso(deps.clock.now()),
    by: { id: input.actor.id, name: input.actor.name },
    action: 'route_bound',
    subject: { id: `${platform}:${accountId}`, name: deps.accounts.displayName(platform, accountId) },
    channelId: input.channel.channelId,
  });
  deps.routeCache?.forget();
  return ROUTE_TEXTS.bound(platform, deps.accounts.displayName(platform, accountId));
}

async function dutyCommand(deps: CommandDeps, input: CommandInput, words: string[]): Promise<string> {
  const { duty: DUTY_TEXTS, help: HELP } = commandWords(input.language);
  await deps.access.assertStaff(input.actor);
  if (!input.channel) return DUTY_TEXTS.inChannelOnly;
  const channelId = input.channel.channelId;
  const sub = words.slice(1).join(' ');
  if (sub.startsWith('lista')) {
    const people = await deps.duty.list(channelId);
    return people.length === 0 ? DUTY_TEXTS.nobody : DUTY_TEXTS.list(people);
  }
  const adding = sub.startsWith('lägg till');
  if (!adding && !sub.startsWith('ta bort')) return HELP;
  if (input.mentions.length === 0) return DUTY_TEXTS.mentionSomeone;
  for (const person of input.mentions) {
    const id = person.teamsId ?? person.id;
    if (adding) await deps.duty.add(channelId, { id, name: person.name });
    else await deps.duty.remove(channelId, id);
    await deps.audit.record({
      at: utcIso(deps.clock.now()),
      by: { id: input.actor.id, name: input.actor.name },
      action: adding ? 'duty_added' : 'duty_removed',
      subject: { id, name: person.name },
      channelId,
    });
  }
  return adding ? DUTY_TEXTS.added(input.mentions) : DUTY_TEXTS.removed(input.mentions);
}

/** A message to the bot → its answer (markdown), in the reader's language. Refusals are answered, never thrown. */
export async function runCommand(deps: CommandDeps, input: CommandInput): Promise<string> {
  const { help: HELP, strings } = commandWords(input.language);
  const words = input.text.trim().replace(/\s+/g, ' ').split(' ').filter(Boolean);
  const first = words[0]?.toLowerCase();
  try {
    if (first === 'behörighet') return await staffCommand(deps, input, words, HELP);
    if (first === 'koppla') return await routeCommand(deps, input, words);
    if (first === 'bevakning') return await dutyCommand(deps, input, words);
    if (first === 'utkorg') return await outboxCommand(deps, input, words, HELP);
    if (first === 'frånvaro') return await awayCommand(deps, input, words, HELP);
    if (first === 'verksamhet') return await departmentCommand(deps, input, words, HELP);
    if (first === 'språk') return await languageCommand(deps, input, words);
    if (first === 'konton') return await accountsCommand(deps, input.actor, input.language);
    return HELP;
  } catch (error) {
    if (isAppError(error)) return errorText(error.code, error.details, strings);
    throw error;
  }
}

/** The commands the bot hands over: each parsed and run with the use cases' dependencies. */
export class CommandParser {
  constructor(private readonly deps: CommandDeps) {}

  run(input: CommandInput): Promise<string> {
    return runCommand(this.deps, input);
  }
}
