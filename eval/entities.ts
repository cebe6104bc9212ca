// npm run eval -- entities [-v]: the entity recogniser on Universal NER English EWT test and PUD test
// (exact-span F1 over PER, ORG, LOC, conlleval's measure; part of speech from dyad's tagger, documents as
// given by # newdoc), and the entities and actors stages on the seed article: the six people with country,
// agent and role at the date, each mention of mentions_include in its person's chain, organisations and places.
import { readFileSync } from 'node:fs';
import { createPipeline } from '../src/pipeline/index.js';
import { loadKnowledgeBase } from '../src/actors/kb/index.js';
import { loadEntityModels, parseIob, scoreIob, toIob2 } from '../src/entities/index.js';
import { loadNlpModels } from '../src/nlp/index.js';
import type { Doc } from '../src/model/index.js';
import { pct, sharedPath } from './_shared.js';

export default function evalEntities(flags: string[]): void {
  const verbose = flags.includes('-v');
  const nlp = loadNlpModels();
  const { recognizer } = loadEntityModels(loadKnowledgeBase({ userDir: null }));
  for (const [name, parts, target] of [
    ['UNER EWT test', ['corpora', 'uner-english-ewt', 'en_ewt-ud-test.iob2'], 0.85],
    ['UNER PUD test', ['corpora', 'uner-english-pud', 'en_pud-ud-test.iob2'], 0.8],
  ] as const) {
    const path = sharedPath(...parts);
    if (!path) continue;
    const sentences = parseIob(readFileSync(path, 'utf8'));
    const docs = new Map<number, typeof sentences>();
    for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
    const gold: string[][] = [];
    const predicted: string[][] = [];
    const started = performance.now();
    let tokens = 0;
    for (const doc of docs.values()) {
      const input = doc.map((s) => {
        const tags = nlp.tagger.tag(s.words);
        tokens += s.words.length;
        return { words: s.words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
      });
      recognizer.recognise(input).forEach((spans, i) => {
        gold.push(doc[i]!.tags);
        predicted.push(toIob2(spans, doc[i]!.words.length));
      });
    }
    const seconds = (performance.now() - started) / 1000;
    const score = scoreIob(gold, predicted, ['PER', 'ORG', 'LOC']);
    const all = score.ALL!;
    const by = ['PER', 'ORG', 'LOC'].map((t) => `${t} ${pct(score[t]?.f1 ?? 0)}`).join(', ');
    console.log(`${name}: F1 ${pct(all.f1)} (P ${pct(all.precision)}, R ${pct(all.recall)}; ${by}) — target ${pct(target, 0)} ${all.f1 >= target ? 'met' : 'NOT met'}; ${sentences.length} sentences, ${Math.round(tokens / seconds)} tokens/s with tagging`);
  }
  seed(verbose);
}

interface GoldPerson { name: string; country: string; agent: string; role: string; mentions_include?: string[] }
interface Gold {
  persons: GoldPerson[];
  organisations: Array<{ name: string; aliases_in_text?: string[]; country?: string; agent?: string }>;
  places: Array<{ name: string; country: string; aliases_in_text?: string[] }>;
}

function seed(verbose: boolean): void {
  const articlePath = sharedPath('fixtures', 'seed', 'article.txt');
  const goldPath = sharedPath('fixtures', 'seed', 'gold.json');
  if (!articlePath || !goldPath) return;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const doc: Doc = createPipeline().code({ name: 'article.txt', bytes: readFileSync(articlePath), hints: {} });
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let people = 0;
  let chained = 0;
  let wanted = 0;
  const notes: string[] = [];
  for (const p of gold.persons) {
    const last = norm(p.name).split(' ').at(-1)!;
    const actor = doc.actors.find((a) => a.type === 'person' && norm(a.name).split(' ').includes(last));
    const ok = actor && actor.country === p.country && actor.agent === p.agent && !!actor.role;
    if (ok) people++;
    else notes.push(`person ${p.name}: ${actor ? `${actor.country}/${actor.agent}/${actor.role}` : 'missing'}`);
    const chains = new Set(doc.mentions.filter((m) => actor && m.actorId === actor.id).map((m) => m.chain));
    for (const text of p.mentions_include ?? []) {
      wanted++;
      const found = doc.mentions.some((m) => chains.has(m.chain) && (norm(m.text) === norm(text) || norm(`${m.role ?? ''} ${m.text}`) === norm(text)));
      if (found) chained++;
      else notes.push(`mention "${text}" not in the chain of ${p.name}`);
    }
  }
  let orgs = 0;
  for (const o of gold.organisations) {
    const names = [o.name, ...(o.aliases_in_text ?? [])].map(norm);
    const ok = doc.actors.some((a) => (names.some((n) => norm(a.name).includes(n) || n.includes(norm(a.name))) || doc.mentions.some((m) => m.actorId === a.id && names.includes(norm(m.text)))) && (!o.country || a.country === o.country));
    if (ok) orgs++;
    else notes.push(`organisation ${o.name} missing`);
  }
  let places = 0;
  for (const p of gold.places) {
    const ok = doc.mentions.some((m) => (m.type === 'GPE' || m.type === 'LOC' || m.type === 'NORP') && doc.actors.some((a) => a.id === m.actorId && a.country === p.country)) || doc.mentions.some((m) => m.type === 'GPE' && norm(m.text) === norm(p.name));
    if (ok) places++;
    else notes.push(`place ${p.name} missing`);
  }
  console.log(`seed: persons ${people}/${gold.persons.length} (country, agent, role), mentions chained ${chained}/${wanted}, organisations ${orgs}/${gold.organisations.length}, places ${places}/${gold.places.length}`);
  if (verbose || notes.length) for (const n of notes) console.log(`  ${n}`);
}
