// How scripts/kb/countries.ts reads the nationality forms of CountryInfo (no ../shared needed: the input is inline).
import { describe, expect, it } from 'vitest';
import { addPluralDemonyms, buildCountries, type WorldCountry } from '../scripts/kb/countries.js';
import type { CountryEntry } from '../src/actors/kb/schema.js';
import type { CountryInfoCountry } from '../scripts/kb/countryinfo.js';

const world: WorldCountry[] = [
  { name: { common: 'Argentina', official: 'Argentine Republic' }, cca2: 'AR', cca3: 'ARG', independent: true, unMember: true, capital: ['Buenos Aires'], altSpellings: ['AR'] },
];
const info: CountryInfoCountry[] = [
  { cameo: 'ARG', iso2: 'AR', iso3: 'ARG', name: 'Argentina', nationality: ['Argentine', 'Argentinian', 'Argentinos', 'Arxentina'], capital: [], places: [], people: [] },
];

describe('countries built from CountryInfo', () => {
  it('takes its other nationality forms with a demonym ending for adjectives, the rest for names of the country', () => {
    const [argentina] = buildCountries(world, info, []);
    expect(argentina!.adjectives).toEqual(expect.arrayContaining(['Argentine', 'Argentinian', 'Argentinos']));
    expect(argentina!.aliases).toContain('Arxentina');
    expect(argentina!.aliases).not.toContain('Argentinian');
  });

  it('adds the people of a country as a plural noun where English inflects the adjective and one country owns it', () => {
    const country = (iso3: string, name: string, adjectives: string[]): CountryEntry => ({ kind: 'country', iso3, iso2: iso3.slice(0, 2), cameo: iso3, name, aliases: [], adjectives, capital: [], unMember: true, territoryOf: null, source: 't' });
    const countries = [
      country('KEN', 'Kenya', ['Kenyan']),
      country('CHN', 'China', ['Chinese']),
      country('MMR', 'Myanmar', ['Burmese', 'Myanmar']),
      country('DMA', 'Dominica', ['Dominican']),
      country('DOM', 'Dominican Republic', ['Dominican']),
      country('JEY', 'Jersey', ['Jerseyman']),
      country('CAN', 'Canada', ['Canadian', 'Kenadian']),
    ];
    addPluralDemonyms(countries);
    expect(countries.map((c) => c.adjectives)).toEqual([
      ['Kenyan', 'Kenyans'],
      ['Chinese'],
      ['Burmese', 'Myanmar'],
      ['Dominican'],
      ['Dominican'],
      ['Jerseyman'],
      ['Canadian', 'Kenadian', 'Canadians'],
    ]);
  });
});
