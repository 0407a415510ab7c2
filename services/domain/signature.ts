import type { Person } from './person';

/** The default signature (P9): a slash and the writer's first name, e.g. "/Anna". */
export const DEFAULT_SIGNATURE = '/{förnamn}';

/** A signature format must name the writer: {förnamn} (first name) or {namn} (full name). */
export function isValidSignatureFormat(format: string): boolean {
  return format.includes('{förnamn}') || format.includes('{namn}');
}

/** P9: every reply ends with the writer's name, in the account's format ("/Anna", "/Anna, Malmö stad"). */
export function signReply(text: string, writer: Person, format: string = DEFAULT_SIGNATURE): string {
  const safeFormat = isValidSignatureFormat(format) ? format : DEFAULT_SIGNATURE;
  const signature = safeFormat.replaceAll('{förnamn}', writer.firstName).replaceAll('{namn}', writer.name);
  return `${text.trim()}\n${signature}`;
}

/** The first name to sign with: Teams' given name, else the first word of the display name. */
export function firstNameOf(displayName: string, givenName?: string): string {
  const given = givenName?.trim();
  if (given) return given;
  const first = displayName.trim().split(/\s+/)[0];
  return first && first.length > 0 ? first : displayName.trim();
}
