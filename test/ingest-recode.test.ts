import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { openStore } from '../src/store/index.js';

async function run(...argv: string[]): Promise<string> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await main(argv)).toBe(0);
    return out;
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('dyad ingest --recode', () => {
  it('codes stored articles again and replaces their layers instead of skipping them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-recode-'));
    const db = join(dir, 'dyad.db');
    writeFileSync(join(dir, 'story.txt'), 'Iran and Iraq signed a trade agreement in Baghdad on Monday.');
    expect(await run('ingest', '--db', db, dir)).toBe('read 1, stored 1, duplicates 0, failed 0\n');
    const store = await openStore(db);
    const before = (await store.listArticles()).items[0]!;
    const events = (await store.events({ article: before.id })).items.length;
    await store.close();
    expect(await run('ingest', '--db', db, dir)).toBe('read 1, stored 0, duplicates 1, failed 0\n');
    expect(await run('ingest', '--db', db, '--recode', dir)).toBe('read 1, stored 1, duplicates 0, failed 0\n');
    const after = await openStore(db);
    expect(await after.countArticles()).toBe(1);
    expect((await after.events({ article: before.id })).items).toHaveLength(events);
    await after.close();
    // Three runs, each loading the language models.
  }, 90_000);
});
