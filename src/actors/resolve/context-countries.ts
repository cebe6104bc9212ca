import type { Candidate } from '../../entities/candidate.js';

/** The countries an article is about: those its places, nationality words and roles name, most named first. */
export function contextCountries(candidates: readonly Candidate[], limit = 4): string[] {
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.country) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([country]) => country);
}
