import { commandWords } from '../../../cards/locale/command-words';
import { utcIso } from '../../domain/utc-iso';
import type { AuditLog, Clock, DepartmentStore } from '../../ports/index';
import type { AccessControl } from '../access/access-control';
import type { CommandInput } from './command-input';

export interface DepartmentCommandDeps {
  readonly access: AccessControl;
  readonly departments: DepartmentStore;
  readonly audit: AuditLog;
  readonly clock: Clock;
  /** Read again after a change, so the cards offer the departments as they now are. */
  readonly departmentList?: { reload(): Promise<void> };
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} &.-]{0,39}$/u;

/**
 * `verksamhet lägg till <namn> | ta bort <namn> | lista`: admins bind a department's channel, where questions about
 * comments are asked and answered (Fråga verksamheten); anyone on the staff sees the list.
 */
export async function departmentCommand(
  deps: DepartmentCommandDeps,
  input: CommandInput,
  words: string[],
  help: string,
): Promise<string> {
  const T = commandWords(input.language).department;
  await deps.access.assertStaff(input.actor);
  const sub = words.slice(1, 3).join(' ').toLowerCase();
  if (words[1]?.toLowerCase() === 'lista') {
    const all = await deps.departments.list();
    return all.length === 0 ? T.none : T.list(all.map((d) => d.name));
  }
  const adding = sub === 'lägg till';
  if (!adding && sub !== 'ta bort') return help;
  deps.access.assertAdmin(input.actor);
  const name = words.slice(3).join(' ').trim();
  if (!NAME.test(name)) return T.nameWanted;
  const audited = (action: 'department_bound' | 'department_removed', channelId?: string) =>
    deps.audit.record({
      at: utcIso(deps.clock.now()),
      by: { id: input.actor.id, name: input.actor.name },
      action,
      subject: { id: name, name },
      ...(channelId ? { channelId } : {}),
    });
  if (!adding) {
    const removed = await deps.departments.remove(name);
    if (removed) await audited('department_removed');
    await deps.departmentList?.reload();
    return removed ? T.removed(name) : T.unknown(name);
  }
  if (!input.channel) return T.inChannelOnly;
  await deps.departments.bind({ ...input.channel, name, boundBy: input.actor.name });
  await audited('department_bound', input.channel.channelId);
  await deps.departmentList?.reload();
  return T.bound(name);
}
