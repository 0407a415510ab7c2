import type { ReadContext } from './setting';

/** A default only local mode has: production gets nothing, so a forgotten secret is named, not guessed. */
export function localOnly(value: string): (at: ReadContext) => string {
  return (at) => (at.local ? value : '');
}
