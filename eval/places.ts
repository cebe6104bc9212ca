// npm run eval -- places [-v]: the places stage on eval/gold/places-ambiguous.jsonl (ambiguous names written from
// news usage, each with its reason), through the real pipeline (nlp, entities, actors, places), and on the seed.
// A case is right when the place found at the name's first occurrence has the expected country, or, for names
// that are no place, when no place is found there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDoc, type Doc } from '../src/model/index.js';
import { createPipeline } from '../src/pipeline/index.js';
import { readArticle } from '../src/read/index.js';
import { pct, sharedPath } from './_shared.js';

interface Case { text: string; name: string; country: string | null; reason: string }

export default function placesEval(flags: string[]): void {
  const verbose = flags.includes('-v');
  const pipeline = createPipeline();
  const upTo = pipeline.stages.findIndex((s) => s.name === 'places') + 1;
  const run = (doc: Doc) => {
    for (const s of pipeline.stages.slice(0, upTo)) Object.assign(doc, s.run(doc));
    return doc;
  };
  const file = join(import.meta.dirname, 'gold', 'places-ambiguous.jsonl');
  const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Case);
  let ok = 0;
  for (const c of cases) {
    const doc = run(emptyDoc(readArticle({ name: 'case', bytes: Buffer.from(c.text), format: 'text', hints: {} })));
    const at = doc.article.text.indexOf(c.name);
    const place = doc.places.find((p) => p.start <= at && at < p.end);
    const right = (place?.country ?? null) === c.country;
    ok += right ? 1 : 0;
    if (verbose && !right) console.log(`  ${c.name}: got ${place?.country ?? 'none'}, want ${c.country ?? 'none'} (${c.reason})`);
  }
  console.log(`ambiguous names: ${ok}/${cases.length} = ${pct(ok / cases.length)} right`);
  const seed = sharedPath('fixtures', 'seed');
  if (!seed) return;
  const gold = JSON.parse(readFileSync(join(seed, 'gold.json'), 'utf8')) as { places: Array<{ name: string; country: string; lat?: number; lon?: number; aliases_in_text?: string[] }> };
  const doc = run(emptyDoc(readArticle({ name: 'seed/article.txt', bytes: readFileSync(join(seed, 'article.txt')), hints: {} })));
  let found = 0;
  for (const g of gold.places) {
    const hit = doc.places.some((p) => p.country === g.country && (g.lat === undefined || (Math.abs((p.lat ?? 0) - g.lat) < 0.5 && Math.abs((p.lon ?? 0) - g.lon!) < 0.5)));
    found += hit ? 1 : 0;
    if (verbose && !hit) console.log(`  seed missed: ${g.name}`);
  }
  console.log(`seed: ${found}/${gold.places.length} places as places, ${doc.places.length} place mentions`);
}
