import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';

// Golden pages: each input beside the article it must give (regenerate with `npm run golden`, review the diff).
const dir = join(import.meta.dirname, 'golden', 'read');
const inputs = readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f));

describe('golden pages of the read stage', () => {
  it.each(inputs)('%s gives its expected article', (name) => {
    const article = readArticle({ name, bytes: readFileSync(join(dir, name)), hints: {} });
    expect(article).toEqual(JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')));
  });

  it('reads the seed article the same from its text and its HTML page', () => {
    const fromText = readArticle({ name: 'txt', bytes: readFileSync(join(dir, 'seed-article.txt')), hints: {} });
    const fromHtml = readArticle({ name: 'html', bytes: readFileSync(join(dir, 'seed-article.html')), hints: {} });
    for (const field of ['id', 'title', 'published', 'source', 'siteArticleId', 'text', 'paragraphs', 'language'] as const) {
      expect(fromText[field]).toEqual(fromHtml[field]);
    }
  });
});
