import { swedishDateTime } from '../../cards/swedish-time';
import type { Person } from '../../services/domain/comment';
import type { AuditEntry, AuditLog, Clock, StaffStore } from '../../services/ports';
import type { AccessControl } from '../access-control';
import type { CommandInput, MentionedPerson } from './run-command';
import { utcIso } from '../../services/domain/utc-iso';

export interface StaffCommandDeps {
  readonly access: AccessControl;
  readonly staff: StaffStore;
  readonly audit: AuditLog;
  readonly clock: Clock;
  /** Entra object ids given in configuration: changed there, not with a command. */
  readonly configured: { readonly adminIds: readonly string[]; readonly staffIds: readonly string[] };
}

/** An Entra object id as Entra writes it: a GUID. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HISTORY_SHOWN = 20;

const ACTIONS: Readonly<Record<AuditEntry['action'], string>> = {
  staff_added: 'gav behörighet till',
  staff_removed: 'tog bort behörigheten för',
  route_bound: 'kopplade',
};

/** Who a command is about: the @mentioned, or one Entra object id written out (`… id <objekt-id> [namn]`). */
function subjects(input: CommandInput, rest: string[]): MentionedPerson[] | string {
  if (rest[0]?.toLowerCase() !== 'id') return [...input.mentions];
  const id = rest[1] ?? '';
  if (!OBJECT_ID.test(id)) {
    return `"${id.slice(0, 60)}" är inget Entra-objekt-id. Skriv det som det står i Entra ID, till exempel **behörighet lägg till id 8c1f4a2e-3b5d-4e6f-9a0b-1c2d3e4f5a6b Anna Svensson**.`;
  }
  const name = rest.slice(2).join(' ').trim();
  return [{ id: id.toLowerCase(), name: name || id.toLowerCase(), resolved: true }];
}

function lines(people: readonly string[]): string {
  return people.map((line) => `- ${line}`).join('\n');
}

async function list(deps: StaffCommandDeps, actor: Person): Promise<string> {
  await deps.access.assertStaff(actor);
  const members = await deps.staff.list();
  const configured = [
    ...deps.configured.adminIds.map((id) => `${id} (administratör, i ADMIN_IDS)`),
    ...deps.configured.staffIds.map((id) => `${id} (i STAFF_IDS)`),
  ];
  if (members.length === 0 && configured.length === 0)
    return 'Ingen är tillagd ännu. En administratör lägger till med **behörighet lägg till @person**.';
  const added = members.map((m) => `${m.name} (${m.id}), tillagd av ${m.addedBy}`);
  return `Får hantera kommentarer (${members.length + configured.length}):\n\n${lines([...added, ...configured])}`;
}

async function history(deps: StaffCommandDeps, actor: Person): Promise<string> {
  deps.access.assertAdmin(actor);
  const entries = await deps.audit.listLatest(HISTORY_SHOWN);
  if (entries.length === 0) return 'Inga ändringar av behörigheter eller kopplingar är gjorda ännu.';
  return (
    `Senaste ändringarna (${entries.length}, nyast först):\n\n` +
    lines(
      entries.map(
        (e) =>
          `${swedishDateTime(e.at)} ${e.by.name} (${e.by.id}) ${ACTIONS[e.action]} ${e.subject.name} (${e.subject.id})` +
          (e.channelId ? ` → kanal ${e.channelId}` : ''),
      ),
    )
  );
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
  const sub = words.slice(1).join(' ').toLowerCase();
  if (sub.startsWith('lista')) return list(deps, input.actor);
  if (sub.startsWith('historik')) return history(deps, input.actor);
  const adding = sub.startsWith('lägg till');
  if (!adding && !sub.startsWith('ta bort')) return help;
  deps.access.assertAdmin(input.actor);
  const people = subjects(input, words.slice(3));
  if (typeof people === 'string') return people;
  if (people.length === 0)
    return 'Nämn den det gäller med @, till exempel **behörighet lägg till @Anna Svensson**, eller skriv **behörighet lägg till id <Entra-objekt-id> <namn>**.';
  const at = utcIso(deps.clock.now());
  const by = { id: input.actor.id, name: input.actor.name };
  const said: string[] = [];
  for (const person of people) {
    if (!person.resolved) {
      said.push(
        `${person.name}: Entra-id kunde inte slås upp, så ingenting ändrades. Skriv **behörighet ${adding ? 'lägg till' : 'ta bort'} id <Entra-objekt-id>** med id:t från Entra ID.`,
      );
      continue;
    }
    const subject = { id: person.id, name: person.name };
    if (adding) {
      await deps.staff.add({ id: person.id, name: person.name, addedBy: input.actor.name, addedAt: at });
      await deps.audit.record({ at, by, action: 'staff_added', subject });
      said.push(`${person.name} (${person.id}) kan nu hantera kommentarer i Svarsvakten.`);
      continue;
    }
    const removed = await deps.staff.remove(person.id);
    if (removed) await deps.audit.record({ at, by, action: 'staff_removed', subject });
    const stays = deps.configured.adminIds.includes(person.id)
      ? ' Hen är administratör (ADMIN_IDS) och får fortfarande hantera kommentarer.'
      : deps.configured.staffIds.includes(person.id)
        ? ' Hen står i STAFF_IDS och får fortfarande hantera kommentarer; ändra det i konfigurationen.'
        : '';
    said.push(
      removed
        ? `${person.name} (${person.id}) kan inte längre hantera kommentarer i Svarsvakten.${stays}`
        : `${person.name} (${person.id}) fanns inte i listan, så ingenting ändrades.${stays}`,
    );
  }
  return said.join('\n\n');
}
