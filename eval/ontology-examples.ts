// npm run eval -- ontology-examples [--misses]: the floor the event coder must beat on the CAMEO manual's
// examples. The baseline reads no syntax: it picks the code whose name and description share the rarest
// words with the sentence. The event coder's own score comes from its eval, through _cameo-examples.ts.
import { loadOntology } from '../src/events/ontology/index.js';
import { loadCameoExamples, printCameoScore, scoreCameoExamples, type CameoCoder } from './_cameo-examples.js';

const STOP = new Set('a an and are as at be by for from has have in into is it its not of on or such that the their this to was were which with'.split(' '));
const stems = (text: string) => [...new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 5)))];

function wordOverlapCoder(): CameoCoder {
  const codes = loadOntology().codes();
  const bags = codes.map((c) => ({ code: c.code, words: stems(`${c.name} ${c.description ?? ''}`) }));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b.words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(bags.length / (df.get(w) ?? bags.length));
  return (sentence) => {
    const words = new Set(stems(sentence));
    let best: { code: string; score: number } | null = null;
    for (const b of bags) {
      const score = b.words.reduce((s, w) => s + (words.has(w) ? idf(w) : 0), 0);
      if (score > 0 && (!best || score > best.score)) best = { code: b.code, score };
    }
    return best ? [{ cameo: best.code }] : [];
  };
}

export default async function ontologyExamples(flags: string[]): Promise<void> {
  const ontology = loadOntology();
  const examples = loadCameoExamples();
  const score = await scoreCameoExamples(wordOverlapCoder(), examples);
  printCameoScore('word-overlap baseline (no parsing)', score, (root) => ontology.cameo(root)?.name ?? '');
  if (flags.includes('--misses')) for (const m of score.misses) console.log(`  ${m.example.code} got ${m.got.join(',') || '-'}: ${m.example.sentence}`);
}
