/**
 * What a card acts on, as its buttons tell Teams: the data of its first Action.Execute (a comment's key, a
 * question's id, a storm's key), keys sorted. Two cards with the same identity are about the same thing; a card
 * without buttons has none.
 */
export function cardIdentity(card: unknown): string | undefined {
  const data = firstExecuteData(card, 0);
  return data === undefined ? undefined : canonical(data);
}

function firstExecuteData(node: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 40 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstExecuteData(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (record.type === 'Action.Execute' && record.data && typeof record.data === 'object')
    return record.data as Record<string, unknown>;
  for (const value of Object.values(record)) {
    const found = firstExecuteData(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
