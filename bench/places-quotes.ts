// npm run bench -- places-quotes: speed of the places and quotes stages on one core, alone and together with
// time and amounts, over the dated VOA stories (../shared/data/examples). The stages before them (nlp, entities,
// actors) run once beforehand and are not timed. Tokens are the nlp stage's tokens.
import { readFileSync } from 'node:fs';
import { emptyDoc, type Doc } from '../src/model/index.js';
import { createPipeline } from '../src/pipeline/index.js';
import { readArticle } from '../src/read/index.js';
import { sharedPath } from '../eval/_shared.js';
import { machine } from './_machine.js';

export default function placesQuotes(): void {
  console.log(machine());
  const voa = sharedPath('data', 'examples', 'voa-ngec', 'voa_stories.jsonl');
  if (!voa) return;
  const pipeline = createPipeline();
  const before = pipeline.stages.slice(0, pipeline.stages.findIndex((s) => s.name === 'actors') + 1);
  const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!;
  const docs: Doc[] = readFileSync(voa, 'utf8').split('\n').filter(Boolean).map((line, i) => {
    const row = JSON.parse(line) as { text: string; published?: string };
    const doc = emptyDoc(readArticle({ name: `voa:${i}`, bytes: Buffer.from(row.text), format: 'text', hints: { published: row.published } }));
    for (const s of before) Object.assign(doc, s.run(doc));
    return doc;
  });
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  console.log(`VOA 2019-25: ${docs.length} articles, ${tokens.toLocaleString('en')} tokens`);
  for (const names of [['places'], ['quotes'], ['places', 'quotes'], ['time', 'amounts'], ['time', 'places', 'quotes', 'amounts']]) {
    const stages = names.map(stage);
    const run = (d: Doc) => stages.reduce((n, s) => n + Object.values(s.run(d)).reduce((m, layer) => m + (layer as unknown[]).length, 0), 0);
    docs.slice(0, 20).forEach(run);
    let best = Infinity;
    let found = 0;
    for (let round = 0; round < 3; round++) {
      const start = process.cpuUsage();
      found = docs.reduce((n, d) => n + run(d), 0);
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1e6);
    }
    console.log(`  ${names.join(' + ').padEnd(32)} ${Math.round(tokens / best).toLocaleString('en').padStart(10)} tokens per CPU second (${best.toFixed(2)} s, ${found.toLocaleString('en')} found)`);
  }
}
