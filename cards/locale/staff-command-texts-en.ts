import type { AuditAction } from '../../services/ports/index';
import { EN } from './en';
import type { StaffTexts } from './staff-command-texts';

/** The words of `behörighet …` for someone who reads Teams in English. */

const ACTIONS: Record<AuditAction, string> = {
  staff_added: 'gave permission to',
  staff_removed: 'removed the permission of',
  route_bound: 'connected',
  department_bound: 'connected the department',
  department_removed: 'removed the department',
  duty_added: 'gave a watch to',
  duty_removed: 'removed the watch of',
  saved_answer_saved: 'saved the saved answer',
  saved_answer_removed: 'removed the saved answer',
  export_taken: 'took out',
  archive_taken: 'took out the archive package',
  register_extract_taken: 'took out a register extract',
  channel_language_set: 'changed the channel’s language to',
};

export const STAFF_TEXTS_EN: StaffTexts = {
  notAnObjectId: (id) =>
    `"${id}" is not an Entra object id. Write it as Entra ID shows it, for example **behörighet lägg till id 8c1f4a2e-3b5d-4e6f-9a0b-1c2d3e4f5a6b Anna Svensson**.`,
  configuredAdmin: (id) => `${id} (admin, in ADMIN_IDS)`,
  configuredStaff: (id) => `${id} (in STAFF_IDS)`,
  nobodyYet: 'Nobody has been added yet. An admin adds people with **behörighet lägg till @person**.',
  member: (m) =>
    `${m.name} (${m.id}), added by ${m.addedBy}` +
    (m.role === 'trainee' ? ' – in training' : m.role === 'approver' ? ' – approver' : ''),
  list: (count, lines) => `May handle comments (${count}):\n\n${lines}`,
  noChanges: 'No changes to permissions, connections or saved answers and no exports have been made yet.',
  changes: (count, lines) => `Latest changes (${count}, newest first):\n\n${lines}`,
  change: (e) =>
    `${EN.dateTime(e.at)} ${e.by.name} (${e.by.id}) ${ACTIONS[e.action]} ${e.subject.name} (${e.subject.id})` +
    (e.detail ? ` – ${e.detail}` : '') +
    (e.channelId ? ` → channel ${e.channelId}` : ''),
  roleName: (role) => (role === 'trainee' ? 'in training' : 'approver'),
  mentionSomeone:
    'Mention the person with @, for example **behörighet lägg till @Anna Svensson**, or write **behörighet lägg till id <Entra object id> <name>**.',
  unresolved: (name, adding) =>
    `${name}: the Entra id could not be looked up, so nothing changed. Write **behörighet ${adding ? 'lägg till' : 'ta bort'} id <Entra object id>** with the id from Entra ID.`,
  added: (p, role) =>
    `${p.name} (${p.id}) can now handle comments in Svarsvakten.` +
    (role === 'trainee'
      ? ' They are in training: their answers wait for an admin’s or an approver’s approval before they are published.'
      : role === 'approver'
        ? ' They also approve answers from those in training.'
        : ''),
  staysAsAdmin: ' They are an admin (ADMIN_IDS) and may still handle comments.',
  staysConfigured: ' They are in STAFF_IDS and may still handle comments; change that in the configuration.',
  removed: (p, stays) => `${p.name} (${p.id}) can no longer handle comments in Svarsvakten.${stays}`,
  notListed: (p, stays) => `${p.name} (${p.id}) was not on the list, so nothing changed.${stays}`,
};
