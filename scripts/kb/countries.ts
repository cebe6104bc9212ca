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
  const infoByIso = new Map(info.filter((c) => c.iso3).map((c) => [c.iso3!, c]));
  const infoByName = new Map(info.map((c) => [nameKey(c.name), c]));
  const ngecByIso = new Map(ngec.map((c) => [c.iso3, c]));
  const out: CountryEntry[] = [];
  for (const w of world) {
    const ci = infoByIso.get(w.cca3) ?? infoByName.get(nameKey(w.name.common));
    const ng = ngecByIso.get(w.cca3);
    const sources = ['world-countries'];
    if (ci) sources.push('CountryInfo.120116.txt');
    if (ng) sources.push('NGEC.countries.csv');
    const adjectives = uniqueNames([
      ...(w.demonyms?.eng ? [w.demonyms.eng.m, w.demonyms.eng.f] : []),
      ...(ci?.nationality.slice(0, 1) ?? []),
      ...(ng?.nationality ?? []),
    ]);
    const aliases = uniqueNames([
      ...(ci ? [ci.name] : []),
      w.name.official,
      ...w.altSpellings.filter((a) => a.length > 2 && !/\d/.test(a)),
      ...(ci?.nationality.slice(1) ?? []),
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
