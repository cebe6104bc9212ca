// Patterns that would be tried at every number or word of an article run only
// near the places a cheap cue marks. Matches keep their offsets in the whole
// text; a match may run `reach` characters past its window.

export interface Windows {
  spans: Array<[number, number]>;
  reach: number;
}

/** The stretches within `reach` characters of a match of the global `cue`, merged where they overlap. */
export function windowsNear(text: string, cue: RegExp, reach: number): Windows {
  const spans: Array<[number, number]> = [];
  for (const c of text.matchAll(cue)) {
    const from = Math.max(0, c.index - reach);
    const to = c.index + c[0].length + reach;
    const last = spans.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return { spans, reach };
}

/** Runs a global pattern over the windows only, keeping what `build` makes of each match. */
export function scanWindows<T>(text: string, windows: Windows, pattern: RegExp, build: (m: RegExpExecArray) => T | null): T[] {
  const found: T[] = [];
  let next = 0;
  for (const [from, to] of windows.spans) {
    const start = Math.max(from, next);
    const part = text.slice(start, to + windows.reach);
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

export function scanNear<T>(text: string, cue: RegExp, reach: number, pattern: RegExp, build: (m: RegExpExecArray) => T | null): T[] {
  return scanWindows(text, windowsNear(text, cue, reach), pattern, build);
}
