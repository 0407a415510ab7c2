import type { Person } from './comment';

/** P9: every reply ends with the writer's name. */
export function signReply(text: string, writer: Person): string {
  return `${text.trim()}\n/${writer.firstName}`;
}

/** The first name to sign with: Teams' given name, else the first word of the display name. */
export function firstNameOf(displayName: string, givenName?: string): string {
  const given = givenName?.trim();
  if (given) return given;
  const first = displayName.trim().split(/\s+/)[0];
  return first && first.length > 0 ? first : displayName.trim();
}
