// npm run build:kb — converts the Phoenix/PETRARCH dictionaries, CountryInfo, NGEC and world-countries into data/kb/.
// Reads ../shared/data (read-only); writes data/kb/countries.jsonl, agents.jsonl, actors.jsonl.gz, common-words.txt
// and index.json.gz (the name index of those entries).
// The hand-written files in data/kb/updates/ are not touched: the loader adds them on top at run time.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertPetrarchActors } from '../src/actors/kb/petrarch.js';
import { INDEX_FILE, loadKnowledgeBase } from '../src/actors/kb/load.js';
import { KbEntry, type ActorEntry } from '../src/actors/kb/schema.js';
import { nameKey } from '../src/actors/kb/normalise.js';
import { agentOf } from '../src/actors/kb/codes.js';
import { parseCountryInfo } from './kb/countryinfo.js';
import { addPluralDemonyms, buildCountries, keepOwnNames, parseNgecCountries, type WorldCountry } from './kb/countries.js';
import { countryInfoPeople, mergeInto } from './kb/people.js';
import { convertPetrarchAgents, PLOVER_TO_CAMEO } from './kb/agents.js';
import { commonWords } from './kb/common-words.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DYAD_SHARED ?? join(root, '..', 'shared');
const dicts = join(shared, 'data', 'petrarch-dictionaries');
const plover = join(shared, 'data', 'plover');
const out = join(root, 'data', 'kb');
if (!existsSync(dicts)) {
  console.error(`build:kb: ${dicts} is missing; it needs the shared data folder`);
  process.exit(1);
}
const read = (path: string) => readFileSync(path, 'utf8');
const started = performance.now();

// Countries.
const world = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
const info = parseCountryInfo(read(join(dicts, 'CountryInfo.120116.txt')));
const countries = buildCountries(world, info, parseNgecCountries(read(join(plover, 'NGEC.countries.csv'))));
// A CAMEO code names the country whose ISO code it is, even when dependencies share it (Jersey is coded GBR).
const iso3ByCameo = new Map<string, string>();
for (const c of countries) if (!iso3ByCameo.has(c.cameo) || c.iso3 === c.cameo) iso3ByCameo.set(c.cameo, c.iso3);
for (const c of info) if (c.iso3 && !iso3ByCameo.has(c.cameo)) iso3ByCameo.set(c.cameo, c.iso3);
const codes = new Set<string>([...countries.flatMap((c) => [c.cameo, c.iso3]), ...info.map((c) => c.cameo)]);

// People from CountryInfo, then the Phoenix dictionaries (the newer, hand-edited source) merged onto them.
const taken = new Set<string>(countries.map((c) => c.iso3.toLowerCase()));
let actors = countryInfoPeople(info, iso3ByCameo, codes, taken);
const skipped: string[] = [];
const places = new Set(info.flatMap((c) => [...c.places, ...c.capital].map(nameKey)));
for (const [file, asOf] of [
  ['Phoenix.Countries.actors.txt', '2015-12-31'],
  ['Phoenix.International.actors.txt', '2015-12-31'],
  ['Phoenix.MilNonState.actors.txt', '2015-12-31'],
] as const) {
  const result = convertPetrarchActors(read(join(dicts, file)), { source: file, asOf, countries: codes, takenIds: taken });
  skipped.push(...result.skipped.map((s) => `${file} ${s}`));
  const converted = result.entries.map((e) => toIso(e, iso3ByCameo));
  // Bare country codes (IRAN_ [IRN] with its synonyms) add names to the country, not new actors;
  // the cities and regions listed with them are places, not names of the country. A state of the past
  // (the German Democratic Republic, DDR until 1990) has no ISO entry and stays an actor of its own.
  const isoOf = (e: ActorEntry) => countries.find((c) => c.iso3 === e.code) ?? countries.find((c) => c.cameo === e.code || c.iso3 === e.country);
  for (const entry of converted.filter((e) => e.type === 'country')) {
    const country = isoOf(entry);
    if (!country) continue;
    const adjectives = new Set(country.adjectives.map(nameKey));
    for (const name of [entry.name, ...entry.aliases]) {
      const k = nameKey(name);
      if (places.has(k) || adjectives.has(k)) continue;
      if (!country.aliases.some((a) => nameKey(a) === k) && nameKey(country.name) !== k) country.aliases.push(name);
    }
  }
  actors = mergeInto(actors, converted.filter((e) => e.type !== 'country' || !isoOf(e)));
}
keepOwnNames(countries);
addPluralDemonyms(countries);

// Agent words: Phoenix first, NGEC (newer) overriding the same word.
const agentsByWord = new Map<string, KbEntry>();
for (const [file, dir, rename] of [
  ['Phoenix.agents.txt', dicts, {}],
  ['NGEC.PLOVER_agents.txt', plover, PLOVER_TO_CAMEO],
] as const) {
  for (const a of convertPetrarchAgents(read(join(dir, file)), file, rename)) agentsByWord.set(a.word, a);
}
// A spokesperson speaks for someone, whose agent CAMEO gives them ("the foreign ministry spokesman" is GOV), where
// NGEC files them with the media; telecoms companies are businesses in CAMEO, media in NGEC.
for (const word of ['spokesman', 'spokesmen', 'spokesperson', 'spokeswoman', 'spokeswomen']) agentsByWord.delete(word);
for (const word of ['telecom', 'telecom firm', 'telecom consultant']) {
  const entry = agentsByWord.get(word);
  if (entry?.kind === 'agent') agentsByWord.set(word, { ...entry, code: 'BUS' });
}

// Common English words: alone, they do not name a person.
const ewt = join(shared, 'corpora', 'ud-english-ewt', 'en_ewt-ud-train.conllu');
const commonNames = existsSync(ewt) ? [...commonWords(read(ewt)).keys()].sort() : [];

// Validate everything against the schema before writing.
const write = (name: string, entries: KbEntry[]) => {
  for (const e of entries) KbEntry.parse(e);
  const text = entries.map((e) => JSON.stringify(compact(e))).join('\n') + '\n';
  writeFileSync(join(out, name), name.endsWith('.gz') ? gzipSync(text, { level: 9 }) : text);
};
mkdirSync(join(out, 'updates'), { recursive: true });
write('countries.jsonl', countries);
// The converted actors are large (about 8 MB as text), so they are committed compressed.
write('actors.jsonl.gz', actors.sort((a, b) => a.id.localeCompare(b.id)));
write('agents.jsonl', [...agentsByWord.values()].sort((a, b) => (a.kind === 'agent' && b.kind === 'agent' ? a.word.localeCompare(b.word) : 0)));
writeFileSync(
  join(out, 'common-words.txt'),
  `# Common English words: lower case, not proper nouns, 3+ times in UD English EWT train (CC BY-SA 4.0). Alone, they name no person.\n${commonNames.join('\n')}\n`,
);

// The name index of the committed entries alone (the updates and users' files are indexed when they are loaded).
const base = loadKnowledgeBase({ dataDir: out, userDir: null, updates: false, prebuiltIndex: false });
writeFileSync(join(out, INDEX_FILE), gzipSync(JSON.stringify(base.exportIndex()), { level: 9 }));
const kb = loadKnowledgeBase({ dataDir: out, userDir: null });
console.log(`build:kb: wrote data/kb in ${((performance.now() - started) / 1000).toFixed(1)} s; ${skipped.length} dictionary lines skipped`);
for (const [kind, n] of Object.entries(kb.counts())) console.log(`  ${kind.padEnd(32)} ${n}`);
if (process.argv.includes('--verbose')) for (const s of skipped) console.log(`  skipped ${s}`);

/** Leaves out what the schema fills in by default (nulls, empty lists, a role's source, country and agent when they follow from the actor and the code). */
function compact(entry: KbEntry): object {
  const drop = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== false && !(Array.isArray(v) && v.length === 0)));
  if (entry.kind !== 'actor') return drop(entry);
  const first = entry.source.split('; ')[0];
  const roles = entry.roles.map((r) => {
    const role = drop({ ...r, source: r.source === first ? null : r.source, agent: r.agent === agentOf(r.code) ? null : r.agent });
    // A role's country is left out when it is the actor's; an explicit null (no country) is kept.
    return r.country === entry.country ? (({ country: _, ...rest }) => rest)(role) : { ...role, country: r.country ?? null };
  });
  return drop({ ...entry, roles });
}

function toIso(entry: ActorEntry, map: Map<string, string>): ActorEntry {
  const iso = (c: string | null | undefined) => (c ? (map.get(c) ?? c) : (c ?? null));
  return { ...entry, country: iso(entry.country), roles: entry.roles.map((r) => ({ ...r, country: iso(r.country) })) };
}
