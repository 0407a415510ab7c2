import type { ReminderKind } from './reminder-plan';

/** One reminder of a comment's deadline plan: what it is and when it is due (UTC ISO). */
export interface ReminderLink {
  readonly kind: ReminderKind;
  readonly dueAt: string;
}

/** A reminder and the later ones of its plan, which take its place one at a time as each is done. */
export interface ChainedReminder extends ReminderLink {
  readonly then?: readonly ReminderLink[];
}

/** A plan, earliest first, as one reminder that carries the rest: one stored row per comment, not one per reminder. */
export function chainOf(plan: readonly ReminderLink[]): ChainedReminder | undefined {
  const [first, ...rest] = plan;
  if (!first) return undefined;
  return rest.length > 0 ? { ...first, then: rest } : first;
}

/**
 * What a due reminder and its chain come to at `now`. The one to act on is the first of those due at the latest
 * time that has come (after downtime the earlier ones are passed over, never sent in a burst; of two due at the
 * same moment, the first is acted on now and the second takes its place, due at once). `next` takes the row's
 * place when the current one is done; undefined when the chain ends there.
 */
export function dueLink(
  reminder: ChainedReminder,
  now: string,
): { current: ReminderLink; next: ChainedReminder | undefined } {
  const head: ReminderLink = { kind: reminder.kind, dueAt: reminder.dueAt };
  const links = [head, ...(reminder.then ?? [])];
  let current = head;
  let at = 0;
  for (const [i, link] of links.entries()) {
    if (link.dueAt > now) break;
    if (link.dueAt > current.dueAt) [current, at] = [link, i];
  }
  return { current, next: chainOf(links.slice(at + 1)) };
}
