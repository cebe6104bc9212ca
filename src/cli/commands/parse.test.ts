import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'dyad-parse-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('dyad parse', () => {
  it('tokenizes, splits, tags and parses text into CoNLL-U with multiword tokens', async () => {
    const { code, out } = await run('parse', file('a.txt', "Zarif welcomed Iraq's offer. He didn't say more.\n\nA new paragraph."));
    expect(code).toBe(0);
    expect(out.match(/^# text = .*$/gm)).toEqual(["# text = Zarif welcomed Iraq's offer.", "# text = He didn't say more.", '# text = A new paragraph.']);
    expect(out).toMatch(/^3-4\tIraq's\t/m);
    expect(out).toMatch(/^1\tZarif\tZarif\tPROPN\tNNP\t_\t2\tnsubj\t/m);
  });

  it('keeps the tokens and sentences of CoNLL-U input and fills in tags, lemmas and the tree', async () => {
    const input = '# sent_id = x1\n# text = Iran welcomed it\n1\tIran\t_\t_\t_\t_\t_\t_\t_\t_\n2\twelcomed\t_\t_\t_\t_\t_\t_\t_\t_\n3\tit\t_\t_\t_\t_\t_\t_\t_\t_\n\n';
    const { code, out } = await run('parse', '--input', 'conllu', file('b.conllu', input));
    expect(code).toBe(0);
    const rows = out.trim().split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    expect(rows.map((r) => r[1])).toEqual(['Iran', 'welcomed', 'it']);
    expect(rows.map((r) => [r[6], r[7]])).toEqual([['2', 'nsubj'], ['0', 'root'], ['2', 'obj']]);
    expect(out).toContain('# sent_id = x1');
  });

  it('names the input it cannot read', async () => {
    const { code, err } = await run('parse', join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(err).toMatch(/missing\.txt: Cannot read it/);
  });
});
