// npm run bench -- events: speed of the event coder alone on one core. The CAMEO manual's example sentences
// and the rules' own examples are parsed once; the coder then runs over the parsed documents (best of three,
// in CPU time: the machine is shared). Target (issue 6): >= 10,000 sentences per second.
import { loadCameoExamples } from '../eval/_cameo-examples.js';
import { loadAgentWords } from '../src/events/agent-words.js';
import { createCoder, loadRules } from '../src/events/index.js';
import { loadOntology } from '../src/events/ontology/index.js';
import { sentenceDoc } from '../src/events/sentence-doc.js';
import { loadNlpModels } from '../src/nlp/index.js';
import { machine } from './_machine.js';

export default function events(): void {
  const ontology = loadOntology();
  const rules = loadRules(ontology);
  const models = loadNlpModels();
  const coder = createCoder(ontology, rules, { require: 'either', actorWords: loadAgentWords() });
  const sentences = [...loadCameoExamples().map((e) => e.sentence), ...rules.all.map((r) => r.example)];
  const docs = sentences.map((s) => sentenceDoc(models, s));
  for (const d of docs) coder(d); // warm up the JIT
  let best = Infinity;
  let found = 0;
  const rounds = 20;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    found = 0;
    for (let k = 0; k < rounds; k++) for (const d of docs) found += coder(d).length;
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  const n = docs.length * rounds;
  console.log(`events coder on ${machine()}`);
  console.log(`  ${Math.round(n / best).toLocaleString('en')} sentences per CPU second (${n} sentences in ${best.toFixed(2)} s, ${found / rounds} events per pass; target 10,000)`);
}
