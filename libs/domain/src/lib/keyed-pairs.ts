export type Key = readonly (string | number)[];

/** An item matched across two lists by its key; `occurrence` counts items sharing a key (1 for the first). */
export type KeyedPair<T, K extends Key> = { key: K; occurrence: number } & (
  { kind: 'added'; after: T } | { kind: 'removed'; before: T } | { kind: 'both'; before: T; after: T }
);

/** Orders keys element by element: numbers numerically, strings by code unit (the same on every machine). */
export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Matches the items of two lists by key, ignoring their order, and lists the pairs by key. Items sharing a key are
 * matched in the order they appear (the second before with the second after, and so on).
 */
export function pairByKey<T, K extends Key>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => K,
): KeyedPair<T, K>[] {
  const groups = new Map<string, { key: K; before: T[]; after: T[] }>();
  const add = (item: T, side: 'before' | 'after') => {
    const key = keyOf(item);
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, before: [], after: [] };
    group[side].push(item);
    groups.set(id, group);
  };
  before.forEach((item) => add(item, 'before'));
  after.forEach((item) => add(item, 'after'));
  return [...groups.values()]
    .sort((a, b) => compareKeys(a.key, b.key))
    .flatMap((group) =>
      Array.from({ length: Math.max(group.before.length, group.after.length) }, (_, i): KeyedPair<T, K> => {
        const [b, a, at] = [group.before[i], group.after[i], { key: group.key, occurrence: i + 1 }];
        if (b === undefined) return { ...at, kind: 'added', after: a as T };
        if (a === undefined) return { ...at, kind: 'removed', before: b };
        return { ...at, kind: 'both', before: b, after: a };
      }),
    );
}

/**
 * The first item of each key only: levels and routes are read with `find`, so a later item with the same key never
 * takes effect, and a set (teams, categories) counts a repeated member once.
 */
export function pairFirstByKey<T, K extends Key>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => K,
): KeyedPair<T, K>[] {
  return pairByKey(before, after, keyOf).filter((pair) => pair.occurrence === 1);
}
