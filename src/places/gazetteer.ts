import type { CountryEntry } from '../actors/kb/index.js';
import { nameKey } from '../actors/kb/index.js';
import type { GazetteerRow, PlaceKind } from './gazetteer-file.js';

/** A place a name can refer to. */
export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  country: string;
  admin: string;
  feature: string;
  population: number;
  lat: number | null;
  lon: number | null;
  /** How the name was found: the place's own name, a variant or alias, or a country's code ("US"). */
  via: 'name' | 'alias' | 'code';
}

/** Written as codes, these name a country only in capitals ("US", "U.S.", "UAE"), never as the word "us". */
const CODE = /^[A-Z]{2,3}$/;
const CACHE_SIZE = 50_000;
const NONE: readonly GazetteerEntry[] = [];

/**
 * Names to places: GeoNames towns and regions, the knowledge base's countries with their names, aliases and
 * codes, and hand-written additions. Many entries per name; the resolver chooses by context.
 */
export class Gazetteer {
  private readonly byName = new Map<string, GazetteerEntry[]>();
  private readonly centroid = new Map<string, { lat: number | null; lon: number | null }>();
  private readonly countryNames = new Map<string, string>();
  private readonly adjectives = new Map<string, string>();

  constructor(rows: Iterable<GazetteerRow>, countries: Iterable<CountryEntry>, additions: Iterable<GazetteerRow & { alias?: boolean; of?: string }> = []) {
    const countryRows: GazetteerRow[] = [];
    for (const row of rows) {
      if (row.kind === 'country') countryRows.push(row);
      else this.addRow(row, 'name');
    }
    for (const row of countryRows) this.centroid.set(row.country, { lat: row.lat, lon: row.lon });
    for (const c of countries) this.addCountry(c);
    for (const row of additions) this.addRow(row, row.alias ? 'alias' : 'name', row.of);
  }

  /** Places this name can refer to (any order), or an empty list. */
  lookup(name: string): readonly GazetteerEntry[] {
    let found = this.cache.get(name);
    if (found === undefined) {
      // The same names recur from article to article; the cache is cleared when it grows large.
      if (this.cache.size > CACHE_SIZE) this.cache.clear();
      found = this.find(name);
      this.cache.set(name, found);
    }
    return found;
  }

  private readonly cache = new Map<string, readonly GazetteerEntry[]>();

  private find(name: string): readonly GazetteerEntry[] {
    const key = nameKey(name);
    const exact = this.byName.get(key);
    if (!exact) return NONE;
    // An acronym ("EU", "U.N.", "NATO") names a town only when the town is written so: Eu, Un and Nato are towns.
    const acronym = /^[A-Z.]+$/.test(name) && name.replace(/\./g, '').length <= 5;
    if (CODE.test(name.replace(/\./g, ''))) return exact.filter((e) => e.via === 'code' || /^[A-Z.\s]+$/.test(e.name));
    const named = exact.filter((e) => e.via !== 'code' && (!acronym || /^[A-Z.\s]+$/.test(e.name)));
    // A nationality word ("Arab", "Kurdish") is not a town of that name, unless it is also a country's name.
    if (this.adjectives.has(key) && !named.some((e) => e.kind === 'country' && e.via === 'name')) return [];
    return named;
  }

  /** The display name of a country by its ISO alpha-3 code. */
  countryName(iso3: string): string | null {
    return this.countryNames.get(iso3) ?? null;
  }

  /** The country of a nationality adjective or demonym ("Iraqi" → IRQ). */
  countryOfAdjective(word: string): string | null {
    return this.adjectives.get(nameKey(word)) ?? null;
  }

  get size(): number {
    return this.byName.size;
  }

  private addCountry(c: CountryEntry): void {
    this.countryNames.set(c.iso3, c.name);
    for (const a of c.adjectives) if (!this.adjectives.has(nameKey(a))) this.adjectives.set(nameKey(a), c.iso3);
    const at = this.centroid.get(c.iso3) ?? { lat: null, lon: null };
    const entry = (via: GazetteerEntry['via']): GazetteerEntry => ({ name: c.name, kind: 'country', country: c.iso3, admin: '', feature: 'PCLI', population: 0, ...at, via });
    this.put(c.name, entry('name'));
    for (const alias of c.aliases) if (!CODE.test(alias.replace(/\./g, ''))) this.put(alias, entry('alias'));
    // Codes that the knowledge base lists as names or adjectives ("US", "UK", "UAE"); bare ISO codes are not
    // used, since most of them are also words or abbreviations ("IS", "PM").
    for (const code of [...c.aliases, ...c.adjectives].filter((a) => CODE.test(a.replace(/\./g, '')))) this.put(code, entry('code'));
  }

  private addRow(row: GazetteerRow, via: GazetteerEntry['via'], of?: string): void {
    const entry: GazetteerEntry = { name: of ?? row.name, kind: row.kind, country: row.country, admin: row.admin, feature: row.feature, population: row.population, lat: row.lat, lon: row.lon, via };
    this.put(row.name, entry);
    // "Washington, D.C." is also "Washington".
    const comma = row.name.indexOf(',');
    if (comma > 0) this.put(row.name.slice(0, comma), { ...entry, via: 'alias' });
  }

  private put(name: string, entry: GazetteerEntry): void {
    const key = nameKey(name);
    if (!key) return;
    const list = this.byName.get(key);
    if (!list) this.byName.set(key, [entry]);
    else if (!list.some((e) => e.kind === entry.kind && e.country === entry.country && e.admin === entry.admin && e.name === entry.name)) list.push(entry);
  }
}
