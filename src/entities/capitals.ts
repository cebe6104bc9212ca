import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { nameKey, packageDataDir, type CountryEntry } from '../actors/kb/index.js';

/** A town smaller than this does not make a capital's name ambiguous (Belgrade, Montana). */
const RIVAL_TOWN = 50_000;
/** A first-level region of another country counts as this many people (the provinces data give none). */
const REGION = 1_000_000;

/**
 * Capitals whose name another country's region or bigger town also bears ("Victoria": the Seychelles' capital, an
 * Australian state and a Canadian city; "Hamilton": Bermuda's capital and Ontario's city of 520,000; "Plymouth",
 * Montserrat's and England's), but not "London", far bigger than London, Ontario. Such a name does not alone stand
 * for its country: "Victoria's premier" is no Seychellois. Keys as `nameKey` writes them, from the places gazetteer
 * (data/places/gazetteer.tsv.gz: name, kind, country, admin, feature, population, ...).
 */
export function loadShadowedCapitals(entries: Iterable<CountryEntry>): Set<string> {
  const countries = [...entries];
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  // Capital key -> the countries it is the capital of; and the capitals' first words as written and without accents
  // ("Asunción", "Asuncion"), so that only the rows that may name a capital are keyed (nameKey is slow for 50,000).
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
  const file = join(dirname(packageDataDir()), 'places', 'gazetteer.tsv.gz');
  if (!existsSync(file)) return new Set();
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const space = line.indexOf(' ');
    const first = line.slice(0, space >= 0 && space < tab ? space : tab);
    if (!candidates.has(first) && !(/[^\x00-\x7f]/.test(first) && candidates.has(plain(first)))) continue;
    const [name, kind, country, , , population] = line.split('\t') as [string, string, string, string, string, string];
    if (kind !== 'city' && kind !== 'region') continue;
    const key = nameKey(name);
    const of = owners.get(key);
    if (!of) continue;
    const size = kind === 'region' ? REGION : Number(population);
    const into = of.has(country) ? own : size >= RIVAL_TOWN ? rival : null;
    if (into) into.set(key, Math.max(into.get(key) ?? 0, size));
  }
  return new Set([...rival].filter(([key, size]) => size > (own.get(key) ?? 0)).map(([key]) => key));
}
