import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';

// The analyst's gold for the seed article lives in ../shared, which a user's machine does not have.
const seed = join(import.meta.dirname, '..', '..', 'shared', 'fixtures', 'seed');
const present = existsSync(join(seed, 'gold.json'));
if (!present) console.log(`skipped: the seed gold (${seed}) is not on this machine`);

describe.runIf(present)('the seed article against its gold article layer', () => {
  const gold = present ? JSON.parse(readFileSync(join(seed, 'gold.json'), 'utf8')).article : {};

  it.each(['article.txt', 'article.html'])('%s gives the gold article', (file) => {
    const a = readArticle({ name: file, bytes: readFileSync(join(seed, file)), hints: {} });
    expect(a.title).toBe(gold.title);
    expect(a.published?.startsWith(gold.published_local)).toBe(true);
    expect(a.source).toBe(gold.source);
    expect(a.siteArticleId).toBe(gold.site_article_id);
    expect(a.text.startsWith(gold.text_starts_with)).toBe(true);
    expect(a.text.endsWith(gold.text_ends_with)).toBe(true);
    for (const chrome of gold.text_must_not_contain) expect(a.text).not.toContain(chrome);
    // gold.json says 17 paragraphs; the story has 16 (16 <p> in the page's body, 16 blocks under the
    // header of the text file), and dyad keeps the source's paragraphs rather than inventing one.
    expect(a.paragraphs).toHaveLength(16);
  });
});
