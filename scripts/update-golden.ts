// Rewrites the expected outputs of the golden pages (test/golden/read/NAME.expected.json)
// from what the read stage gives today. Review every change to an expected file as a change in behaviour.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/read/index.js';
import { GOLDEN_DIR, goldenInputs } from '../test/support/golden-inputs.js';

for (const { name, path } of goldenInputs()) {
  const article = readArticle({ name, bytes: readFileSync(path), hints: {} });
  writeFileSync(join(GOLDEN_DIR, `${name}.expected.json`), `${JSON.stringify(article, null, 2)}\n`);
  console.log(`${name}: ${article.paragraphs.length} paragraphs, "${article.title}"`);
}
