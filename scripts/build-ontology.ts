// npm run build:ontology — rebuilds data/ontology/{cameo,plover,cameo-to-plover}.json and
// eval/gold/cameo-examples.jsonl from ../shared/data/{cameo,plover} (or $DYAD_SHARED/data) and
// data/ontology/corrections.json. The output depends only on those files: a rebuild is byte for byte the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CameoFile, MappingFile, PloverFile } from '../src/events/ontology/schema.js';
import { QUAD_CLASSES, buildCameo, readIcews } from './ontology/cameo.js';
import { cameoExamples } from './ontology/examples.js';
import { buildMapping } from './ontology/mapping.js';
import { decodeIcews } from './ontology/mojibake.js';
import { buildPlover } from './ontology/plover.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(process.env.DYAD_SHARED ?? join(root, '..', 'shared'), 'data');
const read = (...parts: string[]) => readFileSync(join(shared, ...parts), 'utf8');
const out = join(root, 'data', 'ontology');

const corrections = JSON.parse(readFileSync(join(out, 'corrections.json'), 'utf8'));

const icews = readIcews(decodeIcews(readFileSync(join(shared, 'cameo', 'icews.cameo-codes.csv'))));
const cameo = buildCameo(icews, JSON.parse(read('cameo', 'py-gdelt.cameo_codes.json')), JSON.parse(read('cameo', 'py-gdelt.cameo_goldstein.json')), corrections);
const plover = buildPlover(read('plover', 'PLOVER_MANUAL.tex'), read('plover', 'NGEC.PLOVER_structured_codebook_updated.csv'), corrections);
const mapping = buildMapping(read('plover', 'CAMEO2PLOVER-2021.txt'), cameo.codes, plover.plover, corrections);

const cameoFile = CameoFile.parse({
  about:
    'CAMEO event codes with names, descriptions, usage notes and Goldstein scores (andybega/icews, MIT; codes it lacks from RBozydar/py-gdelt, MIT), QuadClass by root. Built by scripts/build-ontology.ts; see SOURCES.md.',
  quadClasses: QUAD_CLASSES,
  codes: cameo.codes,
});
const mappingFile = MappingFile.parse({
  about:
    'Every CAMEO code with its PLOVER type, mode and contexts: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0), corrected and completed as each entry\'s "how" and "note" say. Built by scripts/build-ontology.ts; see SOURCES.md.',
  mappings: mapping.mappings,
});
const ploverFile = PloverFile.parse(plover.plover);

/** One record per line: readable diffs, and still plain JSON. */
function recordsPerLine(value: Record<string, unknown>): string {
  const parts = Object.entries(value).map(([k, v]) =>
    Array.isArray(v) ? `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n${parts.join(',\n')}\n}\n`;
}

writeFileSync(join(out, 'cameo.json'), recordsPerLine(cameoFile));
writeFileSync(join(out, 'cameo-to-plover.json'), recordsPerLine(mappingFile));
writeFileSync(join(out, 'plover.json'), `${JSON.stringify(ploverFile, null, 2)}\n`);
const examples = cameoExamples(icews);
writeFileSync(join(root, 'eval', 'gold', 'cameo-examples.jsonl'), examples.map((e) => JSON.stringify(e)).join('\n') + '\n');

const hows = new Map<string, number>();
for (const m of mappingFile.mappings) hows.set(m.how, (hows.get(m.how) ?? 0) + 1);
console.log(`cameo.json: ${cameoFile.codes.length} codes (${cameoFile.codes.filter((c) => c.code.length === 2).length} roots)`);
console.log(`plover.json: ${ploverFile.types.length} types, ${ploverFile.types.reduce((n, t) => n + t.modes.length, 0)} modes, ${ploverFile.contexts.length} contexts`);
console.log(`cameo-to-plover.json: ${mappingFile.mappings.length} codes (${[...hows].map(([h, n]) => `${h} ${n}`).join(', ')})`);
console.log(`eval/gold/cameo-examples.jsonl: ${examples.length} sentences`);
for (const f of [...cameo.findings, ...plover.findings, ...mapping.findings]) console.log(`  - ${f}`);
