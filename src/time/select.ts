import type { Candidate } from './candidate.js';

/**
 * Keeps the longest of overlapping candidates; at equal length the one from
 * the parser listed first (dyad's own before chrono, which is general).
 */
export function select(candidates: readonly Candidate[], order: readonly string[]): Candidate[] {
  const rank = (c: Candidate) => order.indexOf(c.rule);
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
