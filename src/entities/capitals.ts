import { nameKey, type CountryEntry } from '../actors/kb/index.js';
import { parseRow } from '../places/gazetteer-file.js';
import { readPlacesFile } from './gazetteer.js';

/** A town smaller than this does not make a capital's name ambiguous (Belgrade, Montana). */
const RIVAL_TOWN = 50_000;
/** A first-level region of another country counts as this many people (the provinces data give none). */
const REGION = 1_000_000;

/**
 * Capitals whose name another country's region or bigger town also bears ("Victoria": the Seychelles' capital, an
 * Australian state and a Canadian city; "Hamilton": Bermuda's capital and Ontario's city of 520,000; "Plymouth",
 * Montserrat's and England's), but not "London", far bigger than London, Ontario. Such a name does not alone stand
 * for its country: "Victoria's premier" is no Seychellois. Keys as `nameKey` writes them, from the places gazetteer
 * (`readPlacesFile`).
 */
export function loadShadowedCapitals(countries: Iterable<CountryEntry>, lines: readonly string[] = readPlacesFile()): Set<string> {
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  // Capital key -> the countries it is the capital of; and the capitals' first words as written and without accents
  // ("Asunción", "Asuncion"), so that only the rows that may name a capital are parsed and keyed.
  const owners = new Map<string, Set<string>>();
  const candidates = new Set<string>();
  for (const country of countries) {
    for (const capital of country.capital) {
      owners.set(nameKey(capital), (owners.get(nameKey(capital)) ?? new Set()).add(country.iso3));
      const first = capital.split(' ')[0]!;
      candidates.add(first).add(plain(first));
    }
  }
  const own = new Map<string, number>();
  const rival = new Map<string, number>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const space = line.indexOf(' ');
    const first = line.slice(0, space >= 0 && space < tab ? space : tab);
    if (!candidates.has(first) && !(/[^\x00-\x7f]/.test(first) && candidates.has(plain(first)))) continue;
    const row = parseRow(line);
    if (row.kind !== 'city' && row.kind !== 'region') continue;
    const key = nameKey(row.name);
    const of = owners.get(key);
    if (!of) continue;
    const size = row.kind === 'region' ? REGION : row.population;
    const into = of.has(row.country) ? own : size >= RIVAL_TOWN ? rival : null;
    if (into) into.set(key, Math.max(into.get(key) ?? 0, size));
  }
  return new Set([...rival].filter(([key, size]) => size > (own.get(key) ?? 0)).map(([key]) => key));
}
