// The committed ontology files are exactly what npm run build:ontology makes from ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOntology } from '../scripts/ontology/build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(process.env.DYAD_SHARED ?? join(root, '..', 'shared'), 'data');
const present = existsSync(join(shared, 'cameo', 'icews.cameo-codes.csv'));
if (!present) console.log(`skipped: ${shared} is missing (the shared development data is not on this machine)`);

describe.skipIf(!present)('npm run build:ontology', () => {
  it('rebuilds the committed files byte for byte', () => {
    const { files } = buildOntology(shared, root);
    for (const [path, content] of files) expect(readFileSync(join(root, path), 'utf8') === content, path).toBe(true);
  });
});
