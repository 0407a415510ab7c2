import { commandWords } from '../../../cards/locale/command-words';
import { releaseAwayClaims, type AwayClaimsDeps } from '../teamwork/release-away-claims';
import { utcIso } from '../../domain/utc-iso';
import type { AwayList, Clock } from '../../ports/index';
import type { AccessControl } from '../access/access-control';
import type { CommandInput } from './command-input';

export interface AwayCommandDeps extends AwayClaimsDeps {
  readonly access: AccessControl;
  readonly away: AwayList;
  readonly clock: Clock;
  /** Read again after someone left or came back, so the cards offer only those present for Tilldela. */
  readonly roster?: { reload(): Promise<void> };
}

/**
 * `frånvaro på | av | lista`: someone away gives their claims back to the queue and is passed by for reminders and
 * assignments until they are back. Everyone says it for themselves; an admin may say it for a named colleague.
 */
export async function awayCommand(
  deps: AwayCommandDeps,
  input: CommandInput,
  words: string[],
  help: string,
): Promise<string> {
  const T = commandWords(input.language).away;
  await deps.access.assertStaff(input.actor);
  const sub = words[1]?.toLowerCase();
  if (sub === 'lista') {
    const away = await deps.away.list();
    return away.length === 0 ? T.nobody : T.list(away);
  }
  if (sub !== 'på' && sub !== 'av') return help;
  const [named] = input.mentions;
  if (named) deps.access.assertAdmin(input.actor);
  const person = named ? { id: named.id, name: named.name } : { id: input.actor.id, name: input.actor.name };
  const self = !named;
  if (sub === 'av') {
    const wasAway = await deps.away.markBack(person.id);
    await deps.roster?.reload();
    return wasAway ? T.back(person.name, self) : T.wasNotAway(person.name, self);
  }
  const now = deps.clock.now();
  await deps.away.markAway(person, utcIso(now));
  await deps.roster?.reload();
  const outcome = await releaseAwayClaims(deps, person.id, now);
  return T.away(person.name, self, outcome.released, outcome.kept);
}
