/** Lower-cased words of a text. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function counts(items: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** F1 of two multisets. */
export function multisetF1(got: string[], want: string[]): number {
  if (!got.length && !want.length) return 1;
  if (!got.length || !want.length) return 0;
  const wanted = counts(want);
  let overlap = 0;
  for (const [item, n] of counts(got)) overlap += Math.min(n, wanted.get(item) ?? 0);
  const precision = overlap / got.length;
  const recall = overlap / want.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Word 4-gram shingles: order-sensitive, so boilerplate in the wrong place costs. */
export function shingles(text: string, n = 4): string[] {
  const w = words(text);
  if (w.length < n) return w.length ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

export const shingleF1 = (got: string, want: string) => multisetF1(shingles(got), shingles(want));

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
