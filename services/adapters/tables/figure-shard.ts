import type { CommentCount } from '../../domain/figures/comment-count';

/**
 * One shard of a day's counts as stored: the people named once, by number, and each comment's count beside its
 * keyed id, so a busy day's shard stays well inside an entity's 1 MiB (about 3,000 comments a shard).
 */
export type Shard = Map<string, CommentCount>;

type StoredCount = Omit<CommentCount, 'c' | 'f'> & { c?: number; f?: readonly [number, number] };
interface StoredShard {
  readonly p: (readonly [string, string])[];
  readonly n: Record<string, StoredCount>;
}

export function toShard(shard: Shard): StoredShard {
  const people: (readonly [string, string])[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (id: string, name: string) => {
    const known = numbers.get(id);
    if (known !== undefined) return known;
    people.push([id, name]);
    numbers.set(id, people.length - 1);
    return people.length - 1;
  };
  const n: Record<string, StoredCount> = {};
  for (const [id, { c, f, ...count }] of shard) {
    n[id] = {
      ...count,
      ...(c ? { c: numberOf(c[0], c[1]) } : {}),
      ...(f ? { f: [numberOf(f[0], f[1]), f[2]] as const } : {}),
    };
  }
  return { p: people, n };
}

export function fromShard(stored: StoredShard): Shard {
  const person = (n: number): readonly [string, string] => stored.p[n] ?? ['', ''];
  const shard: Shard = new Map();
  for (const [id, { c, f, ...count }] of Object.entries(stored.n)) {
    shard.set(id, {
      ...count,
      ...(c !== undefined ? { c: person(c) } : {}),
      ...(f ? { f: [...person(f[0]), f[1]] as const } : {}),
    });
  }
  return shard;
}
