// npm run eval -- amounts [-v]: dyad's amounts stage on the English currency
// cases of Microsoft Recognizers-Text (../shared/data/normalization, MIT) and on the seed.
//
// Which results count: every result of NumberWithUnit/English/CurrencyModel.json
// that has a value (a bare currency name such as "dollar" with no number is not
// an amount, and is left out and counted apart). A result is exact when one of
// dyad's amounts overlaps its span with the same value (to 1e-9 relative) and a
// unit that the gold unit allows (see GOLD_UNITS). Cases with no results count
// for false positives only.
import { readFileSync } from 'node:fs';
import { extractAmounts } from '../src/amounts/index.js';
import { pct, sharedPath } from './_shared.js';

interface Result { Text: string; Start: number; End: number; Resolution: { value: string | null; unit: string; isoCurrency?: string } }
interface Case { Input: string; Results: Result[] }

// Gold unit names without an ISO code → the codes they allow, and a factor for
// minor units (gold "50 Cent" is dyad's 0.5 USD). A bare "$" is USD in dyad;
// a bare "franc" or "rupee" may be any of that name.
const GOLD_UNITS: Record<string, [string[], number]> = {
  Dollar: [['USD'], 1], Cent: [['USD'], 0.01], Pound: [['GBP'], 1], Pence: [['GBP'], 0.01], Penny: [['GBP'], 0.01],
  Franc: [['CHF', 'FRF', 'BEF', 'XOF', 'XAF'], 1], Rupee: [['INR', 'PKR', 'LKR', 'NPR'], 1], 'Finnish markka': [['FIM'], 1], Peseta: [['ESP'], 1],
  'Netherlands guilder': [['NLG'], 1], Bitcoin: [['XBT'], 1], Satoshi: [['XBT'], 1e-8], Sen: [['MYR', 'IDR', 'JPY'], 0.01],
};

function allowed(r: Result): [string[], number] | null {
  if (r.Resolution.isoCurrency) return [[r.Resolution.isoCurrency], 1];
  return GOLD_UNITS[r.Resolution.unit] ?? null;
}

export default function evalAmounts(flags: string[]): void {
  const verbose = flags.includes('-v');
  const path = sharedPath('data', 'normalization', 'recognizers-text-specs-en', 'NumberWithUnit', 'English', 'CurrencyModel.json');
  if (!path) return;
  const cases = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Case[];
  let total = 0, exact = 0, valueOnly = 0, bare = 0, spurious = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const found = extractAmounts(c.Input).filter((a) => a.unit !== 'percent' && a.unit !== 'percentage point' && a.unit !== 'person');
    const used = new Set<object>();
    for (const r of c.Results) {
      if (r.Resolution.value === null) {
        bare++;
        continue;
      }
      total++;
      const gold = Number(r.Resolution.value);
      const units = allowed(r);
      const near = found.filter((a) => a.start <= r.End && a.end > r.Start);
      near.forEach((a) => used.add(a));
      const same = (a: (typeof found)[number], factor: number) => Math.abs(a.value - gold * factor) <= 1e-9 * Math.max(1, Math.abs(gold * factor));
      const ok = !!units && near.some((a) => units[0].includes(a.unit) && same(a, units[1]));
      if (ok) exact++;
      else if (near.some((a) => same(a, units?.[1] ?? 1))) valueOnly++;
      if (!ok) misses.push(`${c.Input.slice(0, 80)} | gold ${r.Text} = ${gold} ${r.Resolution.isoCurrency ?? r.Resolution.unit} | got ${near.map((a) => `${a.text} = ${a.value} ${a.unit}`).join('; ') || '-'}`);
    }
    spurious += found.filter((a) => !used.has(a)).length;
  }
  console.log(`Recognizers-Text currency (English): ${cases.length} cases, ${total} amounts with a value (${bare} bare currency names left out)`);
  console.log(`  exact value and unit: ${exact}/${total} = ${pct(exact / total)}`);
  console.log(`  right value, other unit: ${valueOnly}; missed or wrong: ${total - exact - valueOnly}; amounts found where the gold has none: ${spurious}`);
  if (verbose) for (const m of misses) console.log(`    ${m}`);
  seed();
}

function seed(): void {
  const dir = sharedPath('fixtures', 'seed');
  if (!dir) return;
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as { amounts: Array<{ text: string; value: number; currency: string; per: string; about: string }> };
  const found = extractAmounts(readFileSync(`${dir}/article.txt`, 'utf8'));
  let ok = 0;
  for (const g of gold.amounts) {
    const hit = found.find((a) => Math.abs(a.value - g.value) < 1 && a.unit === g.currency && a.per === g.per);
    ok += hit ? 1 : 0;
    console.log(`  seed ${hit ? 'ok  ' : 'MISS'} ${g.text} -> ${hit ? `${hit.value} ${hit.unit} per ${hit.per}, about ${JSON.stringify(hit.about)}` : '-'}; gold ${g.value} ${g.currency} per ${g.per}, about "${g.about}"`);
  }
  console.log(`seed amounts: ${ok}/${gold.amounts.length}`);
}
