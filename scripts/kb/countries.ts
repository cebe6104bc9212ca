// Countries and territories: ISO 3166 codes, names, demonyms and capitals from world-countries (ODbL),
// CAMEO codes, nationality forms and capitals from CountryInfo (CC BY-SA 3.0), adjectives from NGEC (MIT).
import type { CountryEntry } from '../../src/actors/kb/schema.js';
import { uniqueNames } from '../../src/actors/kb/merge.js';
import { nameKey } from '../../src/actors/kb/normalise.js';
import type { CountryInfoCountry } from './countryinfo.js';

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

export interface NgecCountry {
  iso3: string;
  nationality: string[];
}

export function buildCountries(world: WorldCountry[], info: CountryInfoCountry[], ngec: NgecCountry[]): CountryEntry[] {
  // CountryInfo's ISO codes have slips (Myanmar is given MOZ, Guatemala GLP, Japan JON): its blocks are matched by
  // name first, and by ISO code only when the block does not name another country.
  const infoByName = new Map(info.map((c) => [nameKey(c.name), c]));
  const worldNames = new Set(world.map((w) => nameKey(w.name.common)));
  const infoByIso = new Map<string, CountryInfoCountry>();
  for (const c of info) if (c.iso3 && !worldNames.has(nameKey(c.name))) infoByIso.set(c.iso3, c);
  const ngecByIso = new Map(ngec.map((c) => [c.iso3, c]));
  const out: CountryEntry[] = [];
  for (const w of world) {
    const ci = infoByName.get(nameKey(w.name.common)) ?? infoByIso.get(w.cca3);
    const ng = ngecByIso.get(w.cca3);
    const sources = ['world-countries'];
    if (ci) sources.push('CountryInfo.120116.txt');
    if (ng) sources.push('NGEC.countries.csv');
    // CountryInfo's nationality list gives the adjective first, then other spellings of the adjective and the
    // country's names in other languages ("Argentinian", "Argentinos", "Arxentina"): the forms with a demonym's ending
    // are adjectives, the rest names.
    const otherForms = ci?.nationality.slice(1) ?? [];
    const adjectives = uniqueNames([
      ...(w.demonyms?.eng ? [w.demonyms.eng.m, w.demonyms.eng.f] : []),
      ...(ci?.nationality.slice(0, 1) ?? []),
      ...(ng?.nationality ?? []),
      ...otherForms.filter(isDemonym),
    ]);
    const aliases = uniqueNames([
      ...(ci ? [ci.name] : []),
      w.name.official,
      ...w.altSpellings.filter((a) => a.length > 2 && !/\d/.test(a)),
      ...otherForms.filter((form) => !isDemonym(form)),
    ]).filter((a) => nameKey(a) !== nameKey(w.name.common) && !adjectives.some((d) => nameKey(d) === nameKey(a)));
    const cameo = ci?.cameo ?? w.cca3;
    out.push({
      kind: 'country',
      iso3: w.cca3,
      iso2: w.cca2,
      cameo,
      name: w.name.common,
      aliases,
      adjectives,
      capital: uniqueNames([...w.capital, ...(ci?.capital ?? [])]),
      unMember: w.unMember,
      territoryOf: cameo.length === 6 ? cameo.slice(0, 3) : null,
      source: sources.join(', '),
    });
  }
  return out.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

/** One word with an ending of English (and Spanish, French) nationality words: "Ecuadorian", "Ceylonese", "Mexicanos". */
function isDemonym(form: string): boolean {
  return !form.includes(' ') && /(?:ian|ean|ese|ish|ans|nos|ais)$/i.test(form);
}

/** NGEC.countries.csv: CCA2,Name,CCA3,"Nationality, forms". Keeps adjectives and demonyms, not the territory names mixed in. */
export function parseNgecCountries(csv: string): NgecCountry[] {
  const out: NgecCountry[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const m = /^([A-Z]{2}),("[^"]*"|[^,]*),([A-Z]{3}),(.*)$/.exec(line);
    if (!m) continue;
    const forms = m[4]!
      .replace(/^"|"$/g, '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !/island|republic|\[|territor/i.test(s) && s.split(' ').length <= 2);
    out.push({ iso3: m[3]!, nationality: forms });
  }
  return out;
}

/**
 * A country's own name and demonym belong to it alone: CountryInfo and the Phoenix lists give some territories
 * the names of the state they belong to or once belonged to (Saint Barthélemy "French", Montenegro "Serbian"),
 * which would send "French" to Saint Barthélemy. Such names are taken off every other entry.
 */
export function keepOwnNames(countries: CountryEntry[]): void {
  // A demonym several entries share belongs to the one UN member among them ("Norwegian": Norway, not Svalbard);
  // one two members share ("Dominican", "Congolese") stays ambiguous and is left where it is.
  const claims = new Map<string, CountryEntry[]>();
  for (const c of countries) for (const name of new Set([c.name, c.adjectives[0]].filter(Boolean).map((n) => nameKey(n!)))) claims.set(name, [...(claims.get(name) ?? []), c]);
  const owner = new Map<string, string>();
  for (const [name, by] of claims) {
    const members = by.filter((c) => c.unMember);
    const sole = by.length === 1 ? by[0] : members.length === 1 ? members[0] : undefined;
    if (sole) owner.set(name, sole.iso3);
  }
  const ours = (c: CountryEntry) => (name: string) => (owner.get(nameKey(name)) ?? c.iso3) === c.iso3;
  for (const c of countries) {
    c.aliases = c.aliases.filter(ours(c));
    c.adjectives = c.adjectives.filter(ours(c));
  }
}

/**
 * The people of a country as a plural noun, where the sources give only the adjective: "Kenyans", "Serbians",
 * "Pakistanis", "Greeks", "Filipinos": the plural of the main demonym (the first, from world-countries or CountryInfo,
 * not their other spellings, "Kenadian"). Not the forms English does not inflect ("Chinese", "British", "Swiss",
 * "Jerseyman", "I-Kiribati"), a country's name given as an adjective ("Myanmar"), nor an adjective two countries
 * share ("Dominican"). Run after keepOwnNames, which settles whose each adjective is.
 */
export function addPluralDemonyms(countries: CountryEntry[]): void {
  const owners = new Map<string, number>();
  const taken = new Set<string>();
  for (const c of countries) {
    for (const a of c.adjectives) owners.set(nameKey(a), (owners.get(nameKey(a)) ?? 0) + 1);
    for (const name of [c.name, ...c.aliases, ...c.adjectives]) taken.add(nameKey(name));
  }
  for (const c of countries) {
    const main = c.adjectives[0];
    if (!main || !/^\p{L}+$/u.test(main) || !/(?:[^m]an|i|ek|no|ar)$/.test(main) || owners.get(nameKey(main)) !== 1) continue;
    if ([c.name, ...c.aliases].some((name) => nameKey(name) === nameKey(main)) || taken.has(nameKey(`${main}s`))) continue;
    c.adjectives = [...c.adjectives, `${main}s`];
  }
}
