import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { Ontology } from './ontology.js';
import { CameoFile, MappingFile, PloverFile } from './schema.js';

export interface LoadOntologyOptions {
  /** Where cameo.json, plover.json and cameo-to-plover.json are (default: data/ontology of the dyad package, wherever it is installed). */
  dataDir?: string;
}

const loaded = new Map<string, Ontology>();

/** Reads and checks data/ontology once per directory; later calls return the same Ontology. */
export function loadOntology(options: LoadOntologyOptions = {}): Ontology {
  const dir = options.dataDir ?? ontologyDir();
  let ontology = loaded.get(dir);
  if (!ontology) {
    ontology = new Ontology(readJson(dir, 'cameo.json', CameoFile), readJson(dir, 'plover.json', PloverFile), readJson(dir, 'cameo-to-plover.json', MappingFile));
    loaded.set(dir, ontology);
  }
  return ontology;
}

/** data/ontology of the installed package: found from this file upwards, so it works from src/ and from dist/. */
export function ontologyDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'ontology'))) return join(dir, 'data', 'ontology');
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find data/ontology in the dyad package');
    dir = up;
  }
}

function readJson<T extends z.ZodType>(dir: string, name: string, schema: T): z.infer<T> {
  const file = join(dir, name);
  if (!existsSync(file)) throw new Error(`${file}: missing (rebuild it with npm run build:ontology)`);
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
