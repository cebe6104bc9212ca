import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { GDELT_COLUMNS } from '../src/export/index.js';
import { openStore } from '../src/store/index.js';
import { seedDoc, storyWith } from './support/docs.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('dyad export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
  const db = join(dir, 'events.db');
  const seed = seedDoc();
  beforeAll(async () => {
    const store = await openStore(db);
    const story = storyWith('2021-03-08', [{ source: 'USAGOV', target: 'CHNGOV', cameo: '036', sentence: 'Washington said, "We want to meet Beijing."' }]);
    story.article.url = 'https://example.org/story';
    await store.putDocs([seed, story]);
    await store.close();
  });

  it('writes the GDELT 2.0 event table: 61 columns, filled as the README says', async () => {
    const { code, out } = await run('export', '--db', db, '--format', 'gdelt', '--dyad', 'IRN,IRQ', '--code', '043');
    expect(code).toBe(0);
    const lines = out.split('\n').slice(0, -1);
    expect(lines).toHaveLength(1);
    const row = Object.fromEntries(lines[0]!.split('\t').map((v, i) => [GDELT_COLUMNS[i], v]));
    expect(Object.keys(row)).toHaveLength(61);
    expect(row).toMatchObject({
      SQLDATE: '20210203', MonthYear: '202102', Year: '2021', FractionDate: '2021.1726',
      Actor1Code: 'IRNGOV', Actor1CountryCode: 'IRN', Actor1Type1Code: 'GOV', Actor2Code: 'IRQGOV', Actor2CountryCode: 'IRQ',
      IsRootEvent: '0', EventCode: '043', EventBaseCode: '043', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '2.8',
      NumMentions: '1', NumSources: '1', NumArticles: '1', AvgTone: '',
      ActionGeo_FullName: 'Tehran', ActionGeo_Lat: '35.69', ActionGeo_Long: '51.39', SOURCEURL: '',
    });
    expect(row.DATEADDED).toMatch(/^\d{14}$/);
  });

  it('writes CSV with a header, quoting fields that need it', async () => {
    const { out } = await run('export', '--db', db, '--format', 'csv', '--source', 'USA');
    const [header, line, end] = out.split('\r\n');
    expect(header).toContain('id,articleId,date,dateGranularity,dateFrom,sourceCode');
    expect(line).toContain('"Washington said, ""We want to meet Beijing."""');
    expect(line).toContain('Express intent to meet or negotiate');
    expect(end).toBe('');
  });

  it('writes JSON Lines of events to a file', async () => {
    const file = join(dir, 'events.jsonl');
    expect((await run('export', '--db', db, '--format', 'jsonl', '--out', file)).code).toBe(0);
    const events = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.cameo)).toEqual(['036', '051', '043', '111']);
    expect(events[2]).toMatchObject({ ...seed.events[0], articleId: seed.article.id });
  });

  it.each([
    [['--format', 'xml'], /^dyad: --format xml: expected one of gdelt, csv, jsonl/],
    [['--format', 'csv', '--dyad', 'IRN'], /^dyad: --dyad: Expected two country codes/],
    [['--format', 'csv', '--published-from', '2021-02', '--published-to', '2021-01'], /^dyad: --publishedFrom: 2021-02 is after publishedTo/],
  ])('refuses %j with one line saying why', async (args, message) => {
    const { code, out, err } = await run('export', '--db', db, ...args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});
