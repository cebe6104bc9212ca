import type { Candidate } from '../../entities/candidate.js';

/** The countries an article is about: those its places, nationality words and roles name, most named first. */
export function contextCountries(candidates: readonly Candidate[], limit = 4): string[] {
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.country) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([country]) => country);
}

/**
 * The one country an article is plainly about, or null: named at least three times and at least twice as often
 * as any other. Generic actors with no nationality of their own ("police", "lawmakers") are that country's,
 * as event coders place them (notes on event coding: "the country the article places them in").
 */
export function homeCountry<T extends Pick<Candidate, 'country'>>(candidates: readonly T[], countryOf: (c: T) => string | null = (c) => c.country): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    const country = countryOf(c);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}
