// npm run eval -- events [--misses]: the event coder on the CAMEO manual's example sentences (right root, exact
// code), on the negative set (sentences that must give no event), and on the seed article when ../shared is here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAgentWords } from '../src/events/agent-words.js';
import { createCoder, loadRules } from '../src/events/index.js';
import { loadOntology } from '../src/events/ontology/index.js';
import { sentenceDoc } from '../src/events/sentence-doc.js';
import { loadNlpModels } from '../src/nlp/index.js';
import { loadCameoExamples, printCameoScore, scoreCameoExamples } from './_cameo-examples.js';
import { pct } from './_shared.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface NegativeCase {
  sentence: string;
  reason: string;
}

export function loadNegatives(): NegativeCase[] {
  return readFileSync(join(here, 'gold', 'events-negative.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NegativeCase);
}

export default async function events(flags: string[]): Promise<void> {
  const ontology = loadOntology();
  const rules = loadRules(ontology);
  const models = loadNlpModels();
  // Sentences alone have no actors layer: every proposal counts, as if every side were an actor.
  const open = createCoder(ontology, rules, { require: 'either', actorWords: loadAgentWords() });
  const score = await scoreCameoExamples((s) => open(sentenceDoc(models, s)));
  printCameoScore(`events (${rules.all.length} rules)`, score, (root) => ontology.cameo(root)?.name ?? '');
  if (flags.includes('--misses')) for (const m of score.misses) console.log(`  ${m.example.code} got ${m.got.join(',') || '-'}: ${m.example.sentence}`);

  const negatives = loadNegatives();
  const coded = negatives.map((n) => ({ n, events: open(sentenceDoc(models, n.sentence)) })).filter((x) => x.events.length);
  console.log(`negative set: ${negatives.length - coded.length}/${negatives.length} = ${pct((negatives.length - coded.length) / negatives.length)} give no event`);
  for (const { n, events } of coded) console.log(`  ${events.map((e) => `${e.cameo} (${e.rule})`).join(', ')}: ${n.sentence}`);
}
