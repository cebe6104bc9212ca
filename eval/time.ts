// npm run eval -- time [-v]: dyad's time stage on the English DateTime cases of
// Microsoft Recognizers-Text (../shared/data/normalization, MIT) and on the seed.
//
// Which cases: every case of DateTime/English/DateTimeModel.json with a
// Context.ReferenceDateTime (981 of 985), including those the spec marks as not
// supported on some platforms. Each gold result is one expected expression.
// A result is exact when one of dyad's expressions overlaps its span and
// resolves to the same value (see `sameValue`). A case is exact when all its
// results are exact and dyad found nothing else (a case with no results is
// exact when dyad finds nothing).
import { readFileSync } from 'node:fs';
import { emptyDoc } from '../src/model/index.js';
import { readArticle } from '../src/read/index.js';
import { createTimeStage, extractTimes } from '../src/time/index.js';
import type { TimeExpression } from '../src/model/index.js';
import { pct, sharedPath } from './_shared.js';
import { sameValue, type GoldResult } from './time-compare.js';

interface Case {
  Input: string;
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Context?: { ReferenceDateTime?: string };
  Results: GoldResult[];
}

export default function evalTime(flags: string[]): void {
  const verbose = flags.includes('-v');
  const path = sharedPath('data', 'normalization', 'recognizers-text-specs-en', 'DateTime', 'English', 'DateTimeModel.json');
  if (!path) return;
  const cases = (JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Case[]).filter((c) => c.Context?.ReferenceDateTime);
  let results = 0, exact = 0, spans = 0, casesExact = 0, extra = 0, jsResults = 0, jsExact = 0;
  const byType = new Map<string, [number, number]>();
  const failures = new Map<string, string[]>();
  for (const c of cases) {
    // The cases Recognizers-Text's own JavaScript implementation is meant to pass.
    const js = !/javascript/i.test(c.NotSupported ?? '') && !c.NotSupportedByDesign;
    const found = extractTimes(c.Input, c.Context!.ReferenceDateTime!);
    const used = new Set<TimeExpression>();
    let allExact = true;
    for (const r of c.Results) {
      const type = (r.TypeName ?? r.Typename ?? '').replace('datetimeV2.', '');
      const overlapping = found.filter((t) => t.start <= r.End && t.end > r.Start);
      overlapping.forEach((t) => used.add(t));
      const ok = overlapping.some((t) => sameValue(t, r, type));
      const tally = byType.get(type) ?? [0, 0];
      byType.set(type, [tally[0] + (ok ? 1 : 0), tally[1] + 1]);
      results++;
      if (js) jsResults++;
      if (overlapping.length) spans++;
      if (ok && js) jsExact++;
      if (ok) exact++;
      else {
        allExact = false;
        const why = overlapping.length ? `${type}: wrong value` : `${type}: not found`;
        const got = overlapping.map((t) => `${t.text}=${t.value}${t.range ? ` [${t.range.from}, ${t.range.to})` : ''}`).join('; ') || '-';
        failures.set(why, [...(failures.get(why) ?? []), `${c.Input.slice(0, 90)} | gold ${r.Text}=${JSON.stringify(r.Resolution?.values?.map((v) => v.value ?? `${v.start}..${v.end}`))} | got ${got}`]);
      }
    }
    const spurious = found.filter((t) => !used.has(t));
    extra += spurious.length;
    if (allExact && !spurious.length) casesExact++;
    else if (allExact && verbose) failures.set('extra expression', [...(failures.get('extra expression') ?? []), `${c.Input.slice(0, 90)} | ${spurious.map((t) => t.text).join('; ')}`]);
  }
  console.log(`Recognizers-Text DateTime (English, with a reference time): ${cases.length} cases, ${results} expected expressions`);
  console.log(`  exact value:      ${exact}/${results} = ${pct(exact / results)}`);
  console.log(`  span found:       ${spans}/${results} = ${pct(spans / results)}`);
  console.log(`  exact value on the cases the Recognizers JavaScript implementation supports: ${jsExact}/${jsResults} = ${pct(jsExact / jsResults)}`);
  console.log(`  exact cases:      ${casesExact}/${cases.length} = ${pct(casesExact / cases.length)} (all expressions exact, nothing extra; ${extra} extra expressions in all)`);
  for (const [type, [ok, n]] of [...byType].sort((a, b) => b[1][1] - a[1][1])) console.log(`    ${type.padEnd(14)} ${ok}/${n} = ${pct(ok / n)}`);
  for (const [why, list] of [...failures].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${why}: ${list.length}`);
    if (verbose) for (const line of list) console.log(`      ${line}`);
  }
  seed();
}

// The seed through the read stage and the time stage, as `dyad code` runs them.
function seed(): void {
  const dir = sharedPath('fixtures', 'seed');
  if (!dir) return;
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as { dates: Array<{ text: string; value?: string; acceptable?: string[] }> };
  const article = readArticle({ name: 'seed/article.txt', bytes: readFileSync(`${dir}/article.txt`), hints: {} });
  const found = createTimeStage().run(emptyDoc(article)).times ?? [];
  const norm = (s: string) => s.normalize('NFKD').replace(/\s+/g, ' ').toLowerCase();
  const dated = gold.dates.filter((d) => d.value);
  let ok = 0;
  for (const d of dated) {
    const allowed = [d.value!, ...(d.acceptable ?? [])];
    const hit = found.find((t) => norm(t.text).includes(norm(d.text)) || norm(d.text).includes(norm(t.text)));
    const right = !!hit && allowed.some((v) => hit.value.startsWith(v) || v.startsWith(hit.value));
    ok += right ? 1 : 0;
    console.log(`  seed ${right ? 'ok  ' : 'MISS'} "${d.text}" -> ${hit ? `${hit.value} (${hit.granularity}, ${hit.role})` : '-'}; gold ${allowed.join(' | ')}`);
  }
  console.log(`seed dates: ${ok}/${dated.length}`);
}
