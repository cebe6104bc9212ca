// npm run build:ontology — rebuilds data/ontology/{cameo,plover,cameo-to-plover}.json and
// eval/gold/cameo-examples.jsonl from ../shared/data/{cameo,plover} (or $DYAD_SHARED/data) and
// data/ontology/corrections.json. The output depends only on those files: a rebuild is byte for byte the same.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOntology } from './ontology/build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(process.env.DYAD_SHARED ?? join(root, '..', 'shared'), 'data');

const { files, report } = buildOntology(shared, root);
for (const [path, content] of files) writeFileSync(join(root, path), content);
for (const line of report) console.log(line);
