import { STAFF_TEXTS } from '../../../cards/locale/staff-command-texts';
import { commandWords } from '../../../cards/locale/command-words';
import type { StaffTexts } from '../../../cards/locale/staff-command-texts';
import type { Person } from '../../domain/person';
import type { AuditLog, Clock, StaffRole, StaffStore } from '../../ports/index';
import type { AccessControl } from '../access/access-control';
import type { CommandInput, MentionedPerson } from './command-input';
import { utcIso } from '../../domain/utc-iso';

export interface StaffCommandDeps {
  readonly access: AccessControl;
  readonly staff: StaffStore;
  readonly audit: AuditLog;
  readonly clock: Clock;
  /** Entra object ids given in configuration: changed there, not with a command. */
  readonly configured: { readonly adminIds: readonly string[]; readonly staffIds: readonly string[] };
  /** Read again after the list changed, so the cards offer the colleagues as they now are. */
  readonly roster?: { reload(): Promise<void> };
}

/** `… inskolning`: under training, replies go to approval; `… godkännare`: approves them. */
function roleIn(words: readonly string[]): StaffRole | undefined {
  const last = words.at(-1)?.toLowerCase();
  return last === 'inskolning' ? 'trainee' : last === 'godkännare' ? 'approver' : undefined;
}

/** An Entra object id as Entra writes it: a GUID. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HISTORY_SHOWN = 20;

/** Who a command is about: the @mentioned, or one Entra object id written out (`… id <objekt-id> [namn]`). */
function subjects(input: CommandInput, rest: string[], T: StaffTexts): MentionedPerson[] | string {
  if (rest[0]?.toLowerCase() !== 'id') return [...input.mentions];
  const id = rest[1] ?? '';
  if (!OBJECT_ID.test(id)) {
    return T.notAnObjectId(id.slice(0, 60));
  }
  const name = rest.slice(2).join(' ').trim();
  return [{ id: id.toLowerCase(), name: name || id.toLowerCase(), resolved: true }];
}

function lines(people: readonly string[]): string {
  return people.map((line) => `- ${line}`).join('\n');
}

async function list(deps: StaffCommandDeps, actor: Person, T: StaffTexts): Promise<string> {
  await deps.access.assertStaff(actor);
  const members = await deps.staff.list();
  const configured = [
    ...deps.configured.adminIds.map(T.configuredAdmin),
    ...deps.configured.staffIds.map(T.configuredStaff),
  ];
  if (members.length === 0 && configured.length === 0) return T.nobodyYet;
  const added = members.map(T.member);
  return T.list(members.length + configured.length, lines([...added, ...configured]));
}

async function history(deps: StaffCommandDeps, actor: Person, T: StaffTexts): Promise<string> {
  deps.access.assertAdmin(actor);
  const entries = await deps.audit.listLatest(HISTORY_SHOWN);
  if (entries.length === 0) return T.noChanges;
  return T.changes(entries.length, lines(entries.map(T.change)));
}

/**
 * `behörighet lista | historik | lägg till … | ta bort …`: who may act (P11). A change is made only for a person whose
 * Entra object id is known, says exactly what happened to each, and is written to the audit history.
 */
export async function staffCommand(
  deps: StaffCommandDeps,
  input: CommandInput,
  words: string[],
  help: string,
): Promise<string> {
  const T = commandWords(input.language).staff;
  const sub = words.slice(1).join(' ').toLowerCase();
  if (sub.startsWith('lista')) return list(deps, input.actor, T);
  if (sub.startsWith('historik')) return history(deps, input.actor, T);
  const adding = sub.startsWith('lägg till');
  if (!adding && !sub.startsWith('ta bort')) return help;
  deps.access.assertAdmin(input.actor);
  const people = subjects(input, words.slice(3), T);
  if (typeof people === 'string') return people;
  if (people.length === 0) return T.mentionSomeone;
  const at = utcIso(deps.clock.now());
  const by = { id: input.actor.id, name: input.actor.name };
  const said: string[] = [];
  for (const person of people) {
    if (!person.resolved) {
      said.push(T.unresolved(person.name, adding));
      continue;
    }
    const subject = { id: person.id, name: person.name };
    if (adding) {
      const role = roleIn(words);
      await deps.staff.add({
        id: person.id,
        name: person.name,
        addedBy: input.actor.name,
        addedAt: at,
        ...(person.teamsId ? { teamsId: person.teamsId } : {}),
        ...(role ? { role } : {}),
      });
      await deps.audit.record({
        at,
        by,
        action: 'staff_added',
        subject,
        // The history is a record: kept in Swedish, whatever language the admin reads Teams in.
        ...(role ? { detail: STAFF_TEXTS.roleName(role) } : {}),
      });
      said.push(T.added(person, role));
      continue;
    }
    const removed = await deps.staff.remove(person.id);
    if (removed) await deps.audit.record({ at, by, action: 'staff_removed', subject });
    const stays = deps.configured.adminIds.includes(person.id)
      ? T.staysAsAdmin
      : deps.configured.staffIds.includes(person.id)
        ? T.staysConfigured
        : '';
    said.push(removed ? T.removed(person, stays) : T.notListed(person, stays));
  }
  await deps.roster?.reload();
  return said.join('\n\n');
}
