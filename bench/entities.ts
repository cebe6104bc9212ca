// npm run bench -- entities: mentions and resolution (the entities and actors stages) in tokens per second on
// one core, over the bundled Voice of America stories (examples/voa), their nlp layers made beforehand.
// The target is 100,000 tokens per second. CPU time is this process's own (the machine is shared).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/actors/kb/index.js';
import { createActorsStage } from '../src/actors/resolve/index.js';
import { createEntitiesStage, loadEntityModels } from '../src/entities/index.js';
import type { Doc } from '../src/model/index.js';
import { createNlpStage, loadNlpModels } from '../src/nlp/index.js';
import { readArticle } from '../src/read/index.js';
import { emptyDoc } from '../src/model/index.js';
import { machine } from './_machine.js';

const here = dirname(fileURLToPath(import.meta.url));

export default function bench(): void {
  const lines = readFileSync(join(here, '..', 'examples', 'voa', 'voa_stories.jsonl'), 'utf8').split('\n').filter(Boolean);
  const nlp = createNlpStage(loadNlpModels());
  const docs: Doc[] = lines.slice(0, 60).map((line) => {
    const story = JSON.parse(line) as { id: string; text: string; published: string };
    const article = readArticle({ name: story.id, bytes: Buffer.from(story.text), format: 'text', hints: { published: story.published } });
    const doc = emptyDoc(article);
    return Object.assign(doc, nlp.run(doc));
  });
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const started = performance.now();
  const models = loadEntityModels(loadKnowledgeBase({ userDir: null }));
  const loadMs = performance.now() - started;
  const entities = createEntitiesStage(models);
  const actors = createActorsStage(models);
  const run = () => {
    for (const doc of docs) {
      const withMentions = { ...doc, ...entities.run(doc) };
      actors.run(withMentions);
    }
  };
  // V8 keeps optimising these stages for about five passes over the stories (some 250,000 tokens): the first pass
  // is the speed of a short run, the passes after the warm-up that of a service or a corpus run.
  const pass = () => {
    const used = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(used);
    return tokens / ((user + system) / 1e6);
  };
  const cold = pass();
  for (let round = 0; round < 5; round++) run();
  const steady = Math.max(pass(), pass(), pass());
  const rate = (r: number) => Math.round(r).toLocaleString('en');
  console.log(
    `entities + actors: ${rate(steady)} tokens per CPU second after warming up (best of 3 passes; ${docs.length} VOA stories, ${tokens} tokens; target 100,000); the first pass ${rate(cold)}`,
  );
  console.log(`loading the knowledge base and entity models: ${loadMs.toFixed(0)} ms`);
  console.log(machine());
}
