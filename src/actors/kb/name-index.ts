// A name key -> actor ids table. The committed actors' table is built by `npm run build:kb` and read as one JSON
// object (JSON.parse makes it far faster than tens of thousands of Map insertions at start-up); entries added at
// run time (updates, users' files) go to a Map beside it.

/** Most keys name one actor: they hold the id itself, and only shared keys hold a list. */
export type IndexTable = Record<string, string | string[]>;

export class NameIndex {
  private readonly added = new Map<string, string | string[]>();
  /** Ids taken away from keys of the base table (which is not copied, so not changed). */
  private readonly removed = new Map<string, Set<string>>();

  constructor(private readonly base: IndexTable = {}) {}

  add(key: string, id: string): void {
    if (!key) return;
    if (this.removed.get(key)?.delete(id)) return;
    const ids = this.added.get(key);
    if (ids === undefined) {
      if (!this.inBase(key, id)) this.added.set(key, id);
    } else if (typeof ids === 'string') {
      if (ids !== id && !this.inBase(key, id)) this.added.set(key, [ids, id]);
    } else if (!ids.includes(id) && !this.inBase(key, id)) ids.push(id);
  }

  private inBase(key: string, id: string): boolean {
    const ids = Object.hasOwn(this.base, key) ? this.base[key] : undefined;
    return ids !== undefined && (ids === id || (Array.isArray(ids) && ids.includes(id)));
  }

  /** Takes `id` away from `key`. */
  remove(key: string, id: string): void {
    const ids = this.added.get(key);
    if (ids === id) this.added.delete(key);
    else if (Array.isArray(ids) && ids.includes(id)) this.added.set(key, ids.length === 2 ? ids.find((i) => i !== id)! : ids.filter((i) => i !== id));
    if (this.inBase(key, id)) this.removed.set(key, (this.removed.get(key) ?? new Set()).add(id));
  }

  get(key: string): readonly string[] {
    const ids = this.lookup(key);
    const removed = this.removed.size ? this.removed.get(key) : undefined;
    return removed?.size ? ids.filter((id) => !removed.has(id)) : ids;
  }

  private lookup(key: string): readonly string[] {
    const base = Object.hasOwn(this.base, key) ? this.base[key]! : undefined;
    const added = this.added.get(key);
    if (added === undefined) return base === undefined ? [] : typeof base === 'string' ? [base] : base;
    const more = typeof added === 'string' ? [added] : added;
    return base === undefined ? more : [...(typeof base === 'string' ? [base] : base), ...more];
  }

  /** The whole table, for writing it out. */
  toTable(): IndexTable {
    const table: IndexTable = { ...this.base };
    for (const key of new Set([...this.added.keys(), ...this.removed.keys()])) {
      const ids = this.get(key);
      if (ids.length === 0) delete table[key];
      else table[key] = ids.length === 1 ? ids[0]! : [...ids];
    }
    return table;
  }
}

/** The prebuilt indexes of the committed actors, with the number of actors they were built from. */
export interface PrebuiltIndex {
  actors: number;
  names: IndexTable;
  loose: IndexTable;
  surnames: IndexTable;
}
