import type { Span, Token } from '../model/index.js';

/** For each token, the first of `spans` (in their order) that covers it, or null. Tokens are in text order. */
export function spanIndex<T extends Span>(tokens: readonly Token[], spans: readonly T[]): (T | null)[] {
  const out: (T | null)[] = tokens.map(() => null);
  for (const s of spans) {
    // The first token starting at or after the span's start.
    let lo = 0;
    for (let hi = tokens.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.end <= s.end; i++) out[i] ??= s;
  }
  return out;
}
