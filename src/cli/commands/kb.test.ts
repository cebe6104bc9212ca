import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';

const run = runCli;

let userDir: string;
let work: string;
const saved = process.env.DYAD_KB_DIR;
beforeEach(() => {
  userDir = mkdtempSync(join(tmpdir(), 'dyad-kb-user-'));
  work = mkdtempSync(join(tmpdir(), 'dyad-kb-input-'));
  process.env.DYAD_KB_DIR = userDir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.DYAD_KB_DIR;
  else process.env.DYAD_KB_DIR = saved;
});

const PERSON = {
  kind: 'actor',
  id: 'ada-example',
  name: 'Ada Example',
  type: 'person',
  country: 'IRQ',
  roles: [{ role: 'Minister of Planning', code: 'IRQGOV', from: '2023-01-01', to: '2024-12-31' }],
  source: 'test: invented person',
};

describe('dyad kb add', () => {
  it('adds a valid file to the user knowledge base, where show finds it with its role at a date', async () => {
    const file = join(work, 'mine.jsonl');
    writeFileSync(file, `${JSON.stringify(PERSON)}\n{"kind":"agent","word":"planning chief","code":"GOV","source":"test"}\n`);
    const added = await run('kb', 'add', file);
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toBe(`Added 1 actor, 1 agent word to ${join(userDir, 'mine.jsonl')}\n`);
    const shown = await run('kb', 'show', 'Ada Example', '--at', '2024-06-01');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Ada Example (ada-example) — person, IRQ');
    expect(shown.out).toMatch(/\* 2023-01-01 – 2024-12-31 +Minister of Planning of Iraq +IRQGOV/);
    expect(shown.out).toContain('at 2024-06-01: IRQGOV (in office)');
  });

  it('does not duplicate an entry added twice', async () => {
    const file = join(work, 'mine.jsonl');
    writeFileSync(file, `${JSON.stringify(PERSON)}\n`);
    await run('kb', 'add', file);
    await run('kb', 'add', file);
    const copy = join(work, 'again.jsonl');
    writeFileSync(copy, `${JSON.stringify(PERSON)}\n`);
    await run('kb', 'add', copy);
    expect(readdirSync(userDir).sort()).toEqual(['again.jsonl', 'mine.jsonl']);
    const shown = await run('kb', 'show', 'Ada Example', '--json');
    const matches = JSON.parse(shown.out).matches as { actor: { roles: unknown[] } }[];
    expect(matches).toHaveLength(1);
    expect(matches[0]!.actor.roles).toHaveLength(1);
  });

  it('rejects an invalid line with one error naming the file, the line and the problem', async () => {
    const file = join(work, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify(PERSON)}\n${JSON.stringify({ ...PERSON, roles: [{ code: 'IRQGOV', from: 'June 2020' }] })}\n`);
    const result = await run('kb', 'add', file);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toBe(`dyad: ${file}:2: roles.0.from: Expected a date like 2021-08-03, 2021-08 or 2021\n`);
    expect(readdirSync(userDir)).toEqual([]);
  });

  it('says so when the file is missing', async () => {
    const result = await run('kb', 'add', join(work, 'nope.jsonl'));
    expect(result).toMatchObject({ code: 1, err: `dyad: ${join(work, 'nope.jsonl')}: No such file\n` });
  });
});

describe('dyad kb import-petrarch', () => {
  it('converts a PETRARCH actor dictionary into the user knowledge base', async () => {
    const file = join(work, 'local.actors.txt');
    writeFileSync(file, 'ADA_EXAMPLE_\n+MINISTER_EXAMPLE_\n\t[IRQGOV 20230101-20241231]\n\nEXAMPLE_LIBERATION_FRONT_ [IRQREB]\n');
    const result = await run('kb', 'import-petrarch', file, '--as-of', '2025-01-01');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`Imported 2 actors to ${join(userDir, 'local.jsonl')}\n`);
    const lines = readFileSync(join(userDir, 'local.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ name: 'Ada Example', type: 'person', country: 'IRQ', roles: [{ code: 'IRQGOV', from: '2023-01-01', to: '2024-12-31' }] });
    expect(lines[1]).toMatchObject({ name: 'Example Liberation Front', type: 'group', code: 'IRQREB' });
    const shown = await run('kb', 'show', 'Minister Example', '--at', '2024-01-01');
    expect(shown.out).toContain('at 2024-01-01: IRQGOV (in office)');
  });
});

describe('dyad kb show', () => {
  it('marks the roles held at the date and says what a former office holder is', async () => {
    const in2021 = await run('kb', 'show', 'Hassan Rouhani', '--at', '2021-02-06');
    expect(in2021.out).toMatch(/\* 2013-08-03 – 2021-08-03 +President of Iran +IRNGOV/);
    const in2022 = await run('kb', 'show', 'Hassan Rouhani', '--at', '2022-02-06');
    expect(in2022.out).not.toMatch(/\* 2013-08-03/);
    expect(in2022.out).toContain('at 2022-02-06: IRNELI (former office holder)');
  });

  it('explains adjectives and agent words', async () => {
    expect((await run('kb', 'show', 'Iraqi')).out).toContain('"Iraqi" is an adjective of Iraq (IRQ, CAMEO IRQ)');
    expect((await run('kb', 'show', 'Parliament')).out).toContain('"Parliament" is an agent word: LEG');
  });

  it('shows a country by its ISO code, which in an article names the parties that share it', async () => {
    expect((await run('kb', 'show', 'IRN')).out).toMatch(/^Iran \(irn\) — country, IRN/);
    const pan = (await run('kb', 'show', 'PAN')).out;
    expect(pan).toMatch(/^Panama \(pan\) — country/);
    expect(pan).toContain('National Action Party (national-action-party-mex) — party, MEX, MEXPTY');
  });

  it('finds nothing for a common word alone, and says so on standard error', async () => {
    const result = await run('kb', 'show', 'Will');
    expect(result).toMatchObject({ code: 1, out: '', err: 'dyad: No actor, country or agent word named "Will"\n' });
  });

  it('rejects a malformed date', async () => {
    const result = await run('kb', 'show', 'Rouhani', '--at', 'yesterday');
    expect(result).toMatchObject({ code: 1, err: 'dyad: --at: expected a date like 2021-02-06, got "yesterday"\n' });
  });
});
