/** An amount a parser proposes, before its period and subject are read from around it. */
export interface Found {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** What a count counts ("soldiers"), when the parser knows it. */
  counted?: string;
}

/** Keeps the longest of overlapping candidates; at equal length the earlier. */
export function longest<T extends { start: number; end: number }>(found: readonly T[]): T[] {
  const kept: T[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Rounds away the binary noise of products like 48.2 × 10⁶. */
export const tidy = (n: number) => Number(n.toPrecision(12));
