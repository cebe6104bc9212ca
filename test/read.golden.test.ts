import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';
import { GOLDEN_DIR, goldenInput, goldenInputs } from './support/golden-inputs.js';

// Golden pages: each input with the article it must give (regenerate with `npm run golden`, review the diff).
describe('golden pages of the read stage', () => {
  it.each(goldenInputs().map((i) => [i.name, i.path]))('%s gives its expected article', (name, path) => {
    const article = readArticle({ name, bytes: readFileSync(path), hints: {} });
    expect(article).toEqual(JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.expected.json`), 'utf8')));
  });

  it('reads the seed article the same from its text and its HTML page', () => {
    const fromText = readArticle({ name: 'txt', bytes: readFileSync(goldenInput('seed-article.txt')), hints: {} });
    const fromHtml = readArticle({ name: 'html', bytes: readFileSync(goldenInput('seed-article.html')), hints: {} });
    for (const field of ['id', 'title', 'published', 'source', 'siteArticleId', 'text', 'paragraphs', 'language'] as const) {
      expect(fromText[field]).toEqual(fromHtml[field]);
    }
  });
});
