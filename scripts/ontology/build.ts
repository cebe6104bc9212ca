// The whole ontology build as one function: source files in, file contents out (nothing written here),
// so that a test can check that the committed files are what the build makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CameoFile, MappingFile, PloverFile } from '../../src/events/ontology/schema.js';
import { QUAD_CLASSES, buildCameo, readIcews } from './cameo.js';
import { cameoExamples } from './examples.js';
import { buildMapping } from './mapping.js';
import { decodeIcews } from './mojibake.js';
import { buildPlover } from './plover.js';

export interface OntologyBuild {
  /** Path relative to the project root → content. */
  files: Map<string, string>;
  /** Counts and the disagreements found between the sources. */
  report: string[];
}

/** `sharedData` is ../shared/data; `projectRoot` holds data/ontology/corrections.json. */
export function buildOntology(sharedData: string, projectRoot: string): OntologyBuild {
  const read = (...parts: string[]) => readFileSync(join(sharedData, ...parts), 'utf8');
  const corrections = JSON.parse(readFileSync(join(projectRoot, 'data', 'ontology', 'corrections.json'), 'utf8'));

  const icews = readIcews(decodeIcews(readFileSync(join(sharedData, 'cameo', 'icews.cameo-codes.csv'))));
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
  const examples = cameoExamples(icews);

  const files = new Map<string, string>([
    ['data/ontology/cameo.json', recordsPerLine(cameoFile)],
    ['data/ontology/cameo-to-plover.json', recordsPerLine(mappingFile)],
    ['data/ontology/plover.json', `${JSON.stringify(ploverFile, null, 2)}\n`],
    ['eval/gold/cameo-examples.jsonl', examples.map((e) => JSON.stringify(e)).join('\n') + '\n'],
  ]);

  const hows = new Map<string, number>();
  for (const m of mappingFile.mappings) hows.set(m.how, (hows.get(m.how) ?? 0) + 1);
  const report = [
    `cameo.json: ${cameoFile.codes.length} codes (${cameoFile.codes.filter((c) => c.code.length === 2).length} roots)`,
    `plover.json: ${ploverFile.types.length} types, ${ploverFile.types.reduce((n, t) => n + t.modes.length, 0)} modes, ${ploverFile.contexts.length} contexts`,
    `cameo-to-plover.json: ${mappingFile.mappings.length} codes (${[...hows].map(([h, n]) => `${h} ${n}`).join(', ')})`,
    `eval/gold/cameo-examples.jsonl: ${examples.length} sentences`,
    ...[...cameo.findings, ...plover.findings, ...mapping.findings].map((f) => `  - ${f}`),
  ];
  return { files, report };
}

/** One record per line: readable diffs, and still plain JSON. */
function recordsPerLine(value: Record<string, unknown>): string {
  const parts = Object.entries(value).map(([k, v]) =>
    Array.isArray(v) ? `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n${parts.join(',\n')}\n}\n`;
}
