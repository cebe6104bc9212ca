import { nameKey } from '../actors/kb/index.js';
import type { PlaceRow } from './gazetteer.js';

/**
 * Towns smaller than this stand for no country by name, too often another's namesake the gazetteer lacks. (The
 * gazetteer writes some cities as their own countries do, "Genève", "Köln": their English names are hand-written
 * additions, so that "Geneva" is not only towns in Illinois and New York.)
 */
const MIN_POPULATION = 10_000;

/**
 * The country of each region and town of 10,000 people or more of the places gazetteer (with its hand-written
 * additions), by name key, where every place of that name, of any size, lies in that country: "police in Mogadishu",
 * "the mayor of Kyiv" are that country's. A name that places of several countries bear is left out, however big one
 * of them is: "the town of Madrid" in a story on the Philippines is not Spain's, which only the places stage, reading
 * the whole article, can tell.
 */
export function loadPlaceCountries(rows: readonly PlaceRow[]): Map<string, string> {
  const countries = new Map<string, Set<string>>();
  const big = new Set<string>();
  for (const row of rows) {
    if (row.kind === 'country') continue;
    const key = nameKey(row.name);
    countries.set(key, (countries.get(key) ?? new Set()).add(row.country));
    if (row.kind === 'region' || row.population >= MIN_POPULATION) big.add(key);
  }
  const out = new Map<string, string>();
  for (const [key, set] of countries) if (set.size === 1 && big.has(key)) out.set(key, [...set][0]!);
  return out;
}

/** Nouns that name a region by its kind: "the state of Montana", "Maricopa County", "Donetsk Oblast". */
export const REGION_KINDS: ReadonlySet<string> = new Set([
  'state', 'province', 'region', 'county', 'governorate', 'oblast', 'prefecture', 'department', 'emirate', 'canton', 'parish', 'borough', 'territory', 'township',
]);

/**
 * The country of each region (state, province) by name key, where every region of that name lies in that country:
 * "the state of Montana" is the US state, though a Bulgarian town bears the name too.
 */
export function loadRegionCountries(rows: readonly PlaceRow[]): Map<string, string> {
  const countries = new Map<string, Set<string>>();
  for (const row of rows) if (row.kind === 'region') countries.set(nameKey(row.name), (countries.get(nameKey(row.name)) ?? new Set()).add(row.country));
  const out = new Map<string, string>();
  for (const [key, set] of countries) if (set.size === 1) out.set(key, [...set][0]!);
  return out;
}
