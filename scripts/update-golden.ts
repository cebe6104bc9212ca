// Rewrites the expected outputs of the golden pages (test/golden/read/NAME.expected.json)
// from what the read stage gives today. Review every change to an expected file as a change in behaviour.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/read/index.js';

const dir = join(import.meta.dirname, '..', 'test', 'golden', 'read');
for (const name of readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f))) {
  const article = readArticle({ name, bytes: readFileSync(join(dir, name)), hints: {} });
  writeFileSync(join(dir, `${name}.expected.json`), `${JSON.stringify(article, null, 2)}\n`);
  console.log(`${name}: ${article.paragraphs.length} paragraphs, "${article.title}"`);
}
