// Scores the read stage on pages with known extraction (../shared/data/pages)
// and publication dates (../shared/data/pubdate). Flags: -v lists the worst pages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { comparable } from '../src/read/clean.js';
import { stripSiteName } from '../src/read/html/metadata.js';
import { paragraphsOf } from '../src/read/html/paragraphs.js';
import { readArticle } from '../src/read/index.js';
import { detectLanguage } from '../src/read/language.js';
import type { Article } from '../src/model/index.js';
import { pct, sharedPath } from './_shared.js';
import { mean, multisetF1, shingleF1 } from './_text-metrics.js';

function read(name: string, bytes: Uint8Array, url?: string): Article | Error {
  try {
    return readArticle({ name, bytes, format: 'html', hints: url ? { url } : {} });
  } catch (error) {
    return error as Error;
  }
}

const same = (a: string | null | undefined, b: string | null | undefined) => comparable(a ?? '') === comparable(b ?? '');

function readabilityPages(verbose: boolean): void {
  const root = sharedPath('data', 'pages', 'readability');
  if (!root) return;
  const rows: Array<{ page: string; f1: number; title: boolean | null; byline: boolean | null; error?: string }> = [];
  for (const page of readdirSync(root).filter((d) => !d.includes('.'))) {
    const dir = join(root, page);
    const expectedText = paragraphsOf(readFileSync(join(dir, 'expected.html'), 'utf8')).join('\n');
    const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string; byline?: string | null; siteName?: string | null };
    const got = read(page, readFileSync(join(dir, 'source.html')));
    if (got instanceof Error) {
      rows.push({ page, f1: 0, title: meta.title ? false : null, byline: meta.byline ? false : null, error: got.message });
      continue;
    }
    rows.push({
      page,
      f1: shingleF1(got.text, expectedText),
      // Right when it is Readability's title, or that title less a part that names the site (dyad drops " | Site").
      title: meta.title ? same(got.title, meta.title) || same(got.title, stripSiteName(meta.title, got.source ?? meta.siteName ?? null)) : null,
      byline: meta.byline ? same(got.byline, meta.byline.replace(/^by\s+/i, '')) : null,
    });
  }
  const titled = rows.filter((r) => r.title !== null);
  const bylined = rows.filter((r) => r.byline !== null);
  console.log(`readability pages: ${rows.length}, errors ${rows.filter((r) => r.error).length}`);
  console.log(`  body shingle F1 (mean) ${pct(mean(rows.map((r) => r.f1)))}; pages ≥ 0.9: ${pct(rows.filter((r) => r.f1 >= 0.9).length / rows.length)}`);
  console.log(`  title ${pct(titled.filter((r) => r.title).length / titled.length)} of ${titled.length}; byline ${pct(bylined.filter((r) => r.byline).length / bylined.length)} of ${bylined.length}`);
  if (verbose) {
    for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, 15)) console.log(`    ${r.f1.toFixed(3)} ${r.page} ${r.error ?? ''}`);
    for (const r of titled.filter((r) => !r.title)) console.log(`    title wrong: ${r.page}`);
  }
}

interface FundusEntry { html: string; expected_json: string; version: string; url: string }
interface FundusExpected { title?: string; publishing_date?: string; body?: { summary?: string[]; sections?: Array<{ headline?: string[]; paragraphs?: string[] }> } }

function fundusPages(verbose: boolean): void {
  const root = sharedPath('data', 'pages', 'fundus');
  if (!root) return;
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as FundusEntry[];
  const rows: Array<{ page: string; title: boolean; paragraphs: number; text: number; date: boolean | null; error?: string }> = [];
  for (const entry of manifest) {
    const all = JSON.parse(readFileSync(join(root, entry.expected_json), 'utf8')) as Record<string, FundusExpected>;
    const expected = all[entry.version]!;
    const paragraphs = (expected.body?.sections ?? []).flatMap((s) => s.paragraphs ?? []);
    if (detectLanguage(paragraphs.join(' ')) !== 'en') continue;
    const got = read(entry.html, gunzipSync(readFileSync(join(root, entry.html))), entry.url);
    const wantDay = expected.publishing_date?.slice(0, 10) ?? null;
    if (got instanceof Error) {
      rows.push({ page: entry.html, title: false, paragraphs: 0, text: 0, date: wantDay ? false : null, error: got.message });
      continue;
    }
    const gotParagraphs = got.paragraphs.map((p) => comparable(got.text.slice(p.start, p.end)));
    rows.push({
      page: entry.html,
      title: same(got.title, expected.title),
      paragraphs: multisetF1(gotParagraphs, paragraphs.map(comparable)),
      text: shingleF1(got.text, paragraphs.join('\n')),
      date: wantDay ? got.published?.slice(0, 10) === wantDay : null,
    });
  }
  const dated = rows.filter((r) => r.date !== null);
  console.log(`fundus English pages: ${rows.length}, errors ${rows.filter((r) => r.error).length}`);
  console.log(`  title ${pct(rows.filter((r) => r.title).length / rows.length)}; paragraphs F1 (exact paragraphs) ${pct(mean(rows.map((r) => r.paragraphs)))}; text shingle F1 ${pct(mean(rows.map((r) => r.text)))}; date (day) ${pct(dated.filter((r) => r.date).length / dated.length)} of ${dated.length}`);
  if (verbose) for (const r of [...rows].sort((a, b) => a.text - b.text).slice(0, 12)) console.log(`    text ${r.text.toFixed(3)} par ${r.paragraphs.toFixed(3)} title ${r.title} date ${r.date} ${r.page} ${r.error ?? ''}`);
}

function pubdates(verbose: boolean): void {
  const root = sharedPath('data', 'pubdate');
  if (!root) return;
  const gold = JSON.parse(readFileSync(join(root, 'mediacloud-2020.gold.json'), 'utf8').replace(/\bNaN\b/g, 'null')) as Record<string, { file: string; date: string }>;
  let right = 0;
  let found = 0;
  const wrong: string[] = [];
  // Pages the gold gives no date for are left out of the count.
  const entries = Object.entries(gold).filter(([, { date }]) => date);
  for (const [url, { file, date }] of entries) {
    const got = read(file, gunzipSync(readFileSync(join(root, 'mediacloud-2020', file))), url);
    const day = got instanceof Error ? null : (got.published?.slice(0, 10) ?? null);
    if (day) found++;
    if (day === date) right++;
    else wrong.push(`    ${date} got ${day ?? (got instanceof Error ? `error: ${got.message}` : 'none')} (${got instanceof Error ? '' : got.metadataFrom.published}) ${url}`);
  }
  console.log(`publication dates, mediacloud-2020: day accuracy ${pct(right / entries.length)} (${right}/${entries.length}), coverage ${pct(found / entries.length)}`);
  if (verbose) console.log(wrong.join('\n'));
}

export default function run(flags: string[]): void {
  const verbose = flags.includes('-v');
  readabilityPages(verbose);
  fundusPages(verbose);
  pubdates(verbose);
}
