/**
 * A table keyed by words, without a prototype: "constructor", "valueOf" and "toString" are words of a text, not
 * Object's methods (a page's inline script once made the tagger read `valueOf` as a tag).
 */
export function wordTable<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
