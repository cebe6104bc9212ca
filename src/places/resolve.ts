import type { Place } from '../model/index.js';
import type { PlaceCandidate } from './candidates.js';
import type { CueSets } from './cues.js';
import type { GazetteerEntry } from './gazetteer.js';

/** What the rest of the document says about where it is: countries and regions named or implied, with counts. */
export interface PlaceContext {
  /** ISO alpha-3 → how many times the article points at the country (its name, its people, its towns). */
  countries: ReadonlyMap<string, number>;
}

// Weights of the evidence, in units of a tenfold population: a country named in the story counts as much as
// a town a hundred times bigger; a town of the same region three times that.
const SAME_COUNTRY = 2;
const SAME_REGION = 3;
const SIBLING_REGION = 1;
const KIND_CUE = 3;
const CONTAINED = 4;
// A town smaller than this is taken only with support from the context: alone, its name is more often something else ("Albert", "March").
const SMALL_TOWN = 20_000;
const LIST = /^\s*(?:,|and|or|, and|, or)\s*$/;

/** Chooses, for each candidate, the entry best supported by its size and by the document's other places and actors. */
export function resolvePlaces(text: string, candidates: readonly PlaceCandidate[], context: PlaceContext, cues: CueSets): Place[] {
  const own = candidates.map(ownVotes);
  const regions = new Map<string, number>();
  const regionSets = candidates.map((c) => new Set(c.entries.filter((e) => e.kind !== 'country' && e.admin).map((e) => `${e.country}.${e.admin}`)));
  for (const set of regionSets) for (const key of set) regions.set(key, (regions.get(key) ?? 0) + 1);
  // "Georgia and Arizona", "Georgia, Arizona": regions of one country listed together.
  const siblings = (i: number, country: string) => {
    let n = 0;
    for (const j of [i - 1, i + 1]) {
      const [a, b] = j < i ? [candidates[j], candidates[i]] : [candidates[i], candidates[j]];
      if (!a || !b || !LIST.test(text.slice(a.end, b.start))) continue;
      if (candidates[j]!.entries.some((e) => e.kind === 'region' && e.country === country)) n++;
    }
    return n;
  };
  const places: Place[] = [];
  candidates.forEach((c, i) => {
    const next = c.after === ',' ? candidates[i + 1] : undefined;
    const prev = i > 0 && candidates[i - 1]!.after === ',' ? candidates[i - 1] : undefined;
    let best: GazetteerEntry | null = null;
    let bestScore = -Infinity;
    for (const e of c.entries) {
      let score = prior(e);
      const inCountry = (context.countries.get(e.country) ?? 0) - (own[i]!.get(e.country) ?? 0);
      if (inCountry > 0) score += SAME_COUNTRY + Math.min(inCountry, 5) * 0.1;
      if (e.kind !== 'country' && e.admin) {
        const key = `${e.country}.${e.admin}`;
        if ((regions.get(key) ?? 0) - (regionSets[i]!.has(key) ? 1 : 0) > 0) score += SAME_REGION;
      }
      if (e.kind === 'region') score += SIBLING_REGION * siblings(i, e.country);
      if ((e.kind === 'region' && (cues.region.has(c.after) || cues.region.has(c.beforeOf))) || (e.kind === 'city' && (cues.city.has(c.after) || cues.city.has(c.before)))) score += KIND_CUE;
      // "Paris, Texas": a town followed by its region or country; "Texas" after "Paris," is the region.
      if (next && next.entries.some((n) => contains(n, e))) score += CONTAINED;
      if (prev && prev.entries.some((p) => contains(e, p))) score += CONTAINED;
      if (e.kind === 'city' && e.population < SMALL_TOWN && score === prior(e)) continue;
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best) places.push({ start: c.start, end: c.end, text: c.text, name: best.name, country: best.country, lat: round(best.lat), lon: round(best.lon) });
  });
  return places;
}

/** The size of a place, as the log of its population, with capitals and countries first. */
export function prior(e: GazetteerEntry): number {
  if (e.kind === 'country') return e.via === 'alias' ? 5 : e.via === 'code' ? 8.5 : 9;
  const size = Math.log10(Math.max(e.population, 1000));
  // A region of unknown population counts as a town of a million.
  if (e.kind === 'region') return (e.population ? size : 6) - 0.5;
  return size + (e.feature === 'PPLC' ? 1.5 : e.feature === 'PPLA' ? 0.5 : 0);
}

/** Whether `outer` (a region or country) contains `inner` (a town or region). */
function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.country !== inner.country || outer.kind === 'city' || inner.kind === 'country') return false;
  // A region whose towns GeoNames does not list under the same code (admin '') is taken to contain its country's towns.
  return outer.kind === 'country' || (inner.kind === 'city' && (outer.admin === '' || outer.admin === inner.admin));
}

/** The countries a candidate itself votes for, so that a name does not count as its own context. */
function ownVotes(c: PlaceCandidate): Map<string, number> {
  const out = new Map<string, number>();
  const unambiguous = new Set(c.entries.map((e) => e.country)).size === 1;
  for (const e of c.entries) if (e.kind === 'country' && e.via !== 'alias') out.set(e.country, 1);
  if (unambiguous && c.entries[0]) out.set(c.entries[0].country, 1);
  return out;
}

function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e4) / 1e4;
}
