import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';

const run = runCli;

describe('dyad ner', () => {
  it('keeps the tokens and sentences of a CoNLL-2003 file and prints one tag per token', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-ner-')), 'in.conll');
    writeFileSync(file, '-DOCSTART- -X- -X- O\n\nPresident NNP B-NP O\nHassan NNP I-NP B-PER\nRouhani NNP I-NP I-PER\nspoke VBD B-VP O\n\nIran NNP B-NP B-LOC\n');
    const { code, out } = await run('ner', '--input', 'iob', file);
    expect(code).toBe(0);
    const blocks = out.trimEnd().split('\n\n').map((b) => b.split('\n').map((l) => l.split('\t')));
    expect(blocks.map((b) => b.map(([token]) => token))).toEqual([['President', 'Hassan', 'Rouhani', 'spoke'], ['Iran']]);
    expect(blocks[0]!.map(([, tag]) => tag)).toEqual(['O', 'B-PER', 'I-PER', 'O']);
    expect(blocks[1]![0]![1]).toBe('B-LOC');
  });

  it('refuses an unknown input format', async () => {
    const { code, err } = await run('ner', '--input', 'xml', '-');
    expect(code).toBe(1);
    expect(err).toMatch(/Unknown --input format "xml"/);
  });
});
