/**
 * Runs a global pattern only near the places a cheap global `cue` marks (up to
 * `reach` characters either side), for patterns that would otherwise be tried
 * at every number or word of an article. Matches keep their offsets in the
 * whole text; a match may run `reach` characters past its window.
 */
export function scanNear<T>(text: string, cue: RegExp, reach: number, pattern: RegExp, build: (m: RegExpExecArray) => T | null): T[] {
  const windows: Array<[number, number]> = [];
  for (const c of text.matchAll(cue)) {
    const from = Math.max(0, c.index - reach);
    const to = c.index + c[0].length + reach;
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const found: T[] = [];
  let next = 0;
  for (const [from, to] of windows) {
    const start = Math.max(from, next);
    const part = text.slice(start, to + reach);
    for (const m of part.matchAll(pattern)) {
      if (m.index >= to - start) break;
      // A window can start inside a word or number, where the whole text would not match.
      if (m.index === 0 && start > 0 && /[\p{L}\p{N}:./-]/u.test(text[start - 1]!)) continue;
      m.index += start;
      const made = build(m as RegExpExecArray);
      if (made) found.push(made);
      next = m.index + m[0].length;
    }
  }
  return found;
}
