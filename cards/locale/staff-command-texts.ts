import type { AuditAction } from '../../services/ports/index';
import { swedishDateTime } from '../swedish-time';

/** The words of `behörighet …`: who may act (P11), and who changed it. */

const ACTIONS: Record<AuditAction, string> = {
  staff_added: 'gav behörighet till',
  staff_removed: 'tog bort behörigheten för',
  route_bound: 'kopplade',
  department_bound: 'kopplade verksamheten',
  department_removed: 'tog bort verksamheten',
  duty_added: 'gav bevakning till',
  duty_removed: 'tog bort bevakningen för',
  saved_answer_saved: 'sparade svarsmallen',
  saved_answer_removed: 'tog bort svarsmallen',
  export_taken: 'tog ut',
  archive_taken: 'tog ut arkivpaketet',
  register_extract_taken: 'tog ut ett registerutdrag',
  channel_language_set: 'ändrade språket i kanalen till',
};

interface Named {
  readonly id: string;
  readonly name: string;
}

export const STAFF_TEXTS = {
  notAnObjectId: (id: string) =>
    `"${id}" är inget Entra-objekt-id. Skriv det som det står i Entra ID, till exempel **behörighet lägg till id 8c1f4a2e-3b5d-4e6f-9a0b-1c2d3e4f5a6b Anna Svensson**.`,
  configuredAdmin: (id: string) => `${id} (administratör, i ADMIN_IDS)`,
  configuredStaff: (id: string) => `${id} (i STAFF_IDS)`,
  nobodyYet: 'Ingen är tillagd ännu. En administratör lägger till med **behörighet lägg till @person**.',
  member: (m: Named & { readonly addedBy: string; readonly role?: 'trainee' | 'approver' }) =>
    `${m.name} (${m.id}), tillagd av ${m.addedBy}` +
    (m.role === 'trainee' ? ' – under inskolning' : m.role === 'approver' ? ' – godkännare' : ''),
  list: (count: number, lines: string) => `Får hantera kommentarer (${count}):\n\n${lines}`,
  noChanges: 'Inga ändringar av behörigheter, kopplingar eller svarsmallar och inga uttag är gjorda ännu.',
  changes: (count: number, lines: string) => `Senaste ändringarna (${count}, nyast först):\n\n${lines}`,
  change: (e: {
    readonly at: string;
    readonly by: Named;
    readonly action: AuditAction;
    readonly subject: Named;
    readonly channelId?: string;
    readonly detail?: string;
  }) =>
    `${swedishDateTime(e.at)} ${e.by.name} (${e.by.id}) ${ACTIONS[e.action]} ${e.subject.name} (${e.subject.id})` +
    (e.detail ? ` – ${e.detail}` : '') +
    (e.channelId ? ` → kanal ${e.channelId}` : ''),
  roleName: (role: 'trainee' | 'approver'): string => (role === 'trainee' ? 'inskolning' : 'godkännare'),
  mentionSomeone:
    'Nämn den det gäller med @, till exempel **behörighet lägg till @Anna Svensson**, eller skriv **behörighet lägg till id <Entra-objekt-id> <namn>**.',
  unresolved: (name: string, adding: boolean) =>
    `${name}: Entra-id kunde inte slås upp, så ingenting ändrades. Skriv **behörighet ${adding ? 'lägg till' : 'ta bort'} id <Entra-objekt-id>** med id:t från Entra ID.`,
  added: (p: Named, role?: 'trainee' | 'approver') =>
    `${p.name} (${p.id}) kan nu hantera kommentarer i Svarsvakten.` +
    (role === 'trainee'
      ? ' Hen är under inskolning: hens svar väntar på godkännande av en administratör eller godkännare innan de publiceras.'
      : role === 'approver'
        ? ' Hen godkänner också svar från dem som är under inskolning.'
        : ''),
  staysAsAdmin: ' Hen är administratör (ADMIN_IDS) och får fortfarande hantera kommentarer.',
  staysConfigured:
    ' Hen står i STAFF_IDS och får fortfarande hantera kommentarer; ändra det i konfigurationen.',
  removed: (p: Named, stays: string) =>
    `${p.name} (${p.id}) kan inte längre hantera kommentarer i Svarsvakten.${stays}`,
  notListed: (p: Named, stays: string) =>
    `${p.name} (${p.id}) fanns inte i listan, så ingenting ändrades.${stays}`,
};

export type StaffTexts = typeof STAFF_TEXTS;
