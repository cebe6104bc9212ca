// How scripts/kb/countries.ts reads the nationality forms of CountryInfo (no ../shared needed: the input is inline).
import { describe, expect, it } from 'vitest';
import { buildCountries, type WorldCountry } from '../scripts/kb/countries.js';
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
});
