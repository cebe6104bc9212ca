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
import { createPipeline } from '../src/pipeline/index.js';
import { printCameoScore, scoreCameoExamples, TARGETS } from './_cameo-examples.js';
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
  // Each sentence goes through every stage before events (entities, actors, places …); the coder keeps an event
  // when one side is a resolved actor, as a one-sentence story gives little context to resolve the other.
  const pipeline = createPipeline();
  const before = pipeline.stages.filter((s) => s.name !== 'events' && s.name !== 'nlp');
  const layered = (text: string) => {
    const doc = sentenceDoc(models, text, '2020-01-01T12:00');
    for (const stage of before) Object.assign(doc, stage.run(doc));
    return doc;
  };
  const coded = createCoder(ontology, rules, { require: 'either' });
  const score = await scoreCameoExamples((s) => coded(layered(s)));
  printCameoScore(`events (${rules.all.length} rules, full pipeline, one actor side at least)`, score, (root) => ontology.cameo(root)?.name ?? '');
  if (flags.includes('--misses')) for (const m of score.misses) console.log(`  ${m.example.code} got ${m.got.join(',') || '-'}: ${m.example.sentence}`);
  // The rules alone, every proposal kept: what the rules cover when actors are not the limit.
  const open = createCoder(ontology, rules, { require: 'none', actorWords: loadAgentWords() });
  const rulesOnly = await scoreCameoExamples((s) => open(sentenceDoc(models, s)));
  const mark = (x: number, t: number) => (x >= t ? 'meets' : 'below');
  console.log(
    `rules alone (parse only, every proposal; names and generic actor words stand for actors): right root ${pct(rulesOnly.root)} (${mark(rulesOnly.root, TARGETS.root)} ${pct(TARGETS.root, 0)}), exact ${pct(rulesOnly.exact)} (${mark(rulesOnly.exact, TARGETS.exact)} ${pct(TARGETS.exact, 0)}), ${rulesOnly.eventsPerSentence.toFixed(2)} events per sentence`,
  );

  const negatives = loadNegatives();
  const strict = createCoder(ontology, rules, { require: 'either', actorWords: loadAgentWords() });
  const codedNegatives = negatives.map((n) => ({ n, events: [...coded(layered(n.sentence)), ...strict(sentenceDoc(models, n.sentence))] })).filter((x) => x.events.length);
  const clean = negatives.length - codedNegatives.length;
  console.log(`negative set: ${clean}/${negatives.length} = ${pct(clean / negatives.length)} give no event (full pipeline, and parse only with generic actor words)`);
  for (const { n, events } of codedNegatives) console.log(`  ${events.map((e) => `${e.cameo} (${e.rule})`).join(', ')}: ${n.sentence}`);
}
