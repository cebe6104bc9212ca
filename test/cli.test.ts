import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goldenInput } from './support/golden-inputs.js';
import { runCli } from './support/run-cli.js';
import { openStore } from '../src/store/index.js';

const seed = goldenInput('seed-article.html');

const run = runCli;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dyad-cli-'));
}

afterEach(() => vi.restoreAllMocks());

describe('dyad code', () => {
  it('prints the document of one article', async () => {
    const { code, out } = await run('code', seed);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.article).toMatchObject({ title: 'Iran-Iraq Strong Ties Ensure Regional Security, Stability', siteArticleId: '34597', source: 'EghtesadOnline' });
    expect(Object.keys(doc)).toEqual(['article', 'sentences', 'tokens', 'mentions', 'actors', 'times', 'places', 'quotes', 'amounts', 'events']);
  });

  it('fails a bad input with one line naming it, and prints nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, out, err } = await run('code', join(dir, 'empty.txt'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`dyad: ${join(dir, 'empty.txt')}: Empty input\n`);
  });

  it('codes JSON Lines one document per line, in order, errors in place', async () => {
    const dir = tempDir();
    const batch = join(dir, 'batch.jsonl');
    writeFileSync(batch, [
      JSON.stringify({ id: 'a', text: 'Iran and Iraq signed a trade deal in Baghdad.', published: '2021-02-06' }),
      JSON.stringify({ id: 'b', text: '' }),
      JSON.stringify({ id: 'c', html: '<html><body><article><h1>Talks</h1><p>' + 'Iran and Iraq held talks in Tehran on trade and security. '.repeat(8) + '</p></article></body></html>', title: 'Talks' }),
    ].join('\n'));
    const { code, out } = await run('code', '--input', 'jsonl', batch);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.article?.externalId ?? l.externalId)).toEqual(['a', 'b', 'c']);
    expect(lines[0].article.published).toBe('2021-02-06');
    expect(lines[1].error).toMatch(/Empty input/);
    expect(lines[2].article.title).toBe('Talks');
    expect(code).toBe(1);
  });

  it('sets the publication time of an input that states none', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Iran and Iraq signed a trade deal in Baghdad.');
    const { out } = await run('code', '--published', '2021-02-06T10:00:00Z', join(dir, 'a.txt'));
    expect(JSON.parse(out).article).toMatchObject({ published: '2021-02-06T10:00:00Z', metadataFrom: { published: 'default' } });
  });

  it('refuses a malformed --published', async () => {
    const { code, err } = await run('code', '--published', 'last tuesday', seed);
    expect(code).not.toBe(0);
    expect(err).toContain('Not an ISO 8601 date');
  });
});

describe('dyad ingest', () => {
  it('stores articles once, skips bad ones, and says what it did', async () => {
    const dir = tempDir();
    const db = join(dir, 'dyad.db');
    writeFileSync(join(dir, 'story.txt'), 'Iran and Iraq signed a trade deal in Baghdad.');
    writeFileSync(join(dir, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    const first = await run('ingest', '--db', db, dir, seed);
    expect(first.out).toBe('read 2, stored 2, duplicates 0, failed 1\n');
    expect(first.err).toContain(`dyad: skipped ${join(dir, 'photo.html')}: Binary data (a PNG image), not an article`);
    const again = await run('ingest', '--db', db, dir, seed);
    expect(again.out).toBe('read 2, stored 0, duplicates 2, failed 1\n');
    const store = await openStore(db);
    expect(await store.countArticles()).toBe(2);
    await store.close();
  });

  it('uses DYAD_DB when no --db is given', async () => {
    const dir = tempDir();
    vi.stubEnv('DYAD_DB', join(dir, 'env.db'));
    try {
      expect((await run('ingest', seed)).out).toBe('read 1, stored 1, duplicates 0, failed 0\n');
    } finally {
      vi.unstubAllEnvs();
    }
    const store = await openStore(join(dir, 'env.db'));
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });
});
