// npm run train:ner [-- CORPORA] [--with-dev] [--gum] [--tagger-pos] [--epochs=N] [--bits=B] [--seed=S | --seeds=S,S,...] [--out=FILE]: trains the entity recogniser on Universal NER English EWT train
// (CC BY-SA 4.0; with --with-dev also dev), with part of speech from dyad's tagger and gazetteer features from
// the committed knowledge base, prints its scores and writes models/ner.bin.gz. See models/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/actors/kb/index.js';
import { Gazetteer, loadCommonWords, loadGeographicNames, loadPlaceNames } from '../src/entities/gazetteer.js';
import { parseIob, toIob2, toSpans, type IobSentence } from '../src/entities/iob.js';
import { saveRecognizer } from '../src/entities/model.js';
import { Recognizer } from '../src/entities/recognizer.js';
import { scoreIob } from '../src/entities/score.js';
import { spansToBilou } from '../src/entities/tags.js';
import { trainRecognizer, type TrainingSentence } from '../src/entities/train.js';
import { loadNlpModels } from '../src/nlp/index.js';
import { loadWordClusters } from '../src/nlp/models.js';
import { parseConllu } from '../src/nlp/conllu.js';
import { averageWeights, Weights } from '../src/nlp/perceptron.js';
import { corpusFolder } from './_corpora.js';
import { seedsOption } from './_seeds.js';
import { gumEntitySentences } from './_gum-entities.js';

const started = Date.now();
const folder = corpusFolder();
const withDev = process.argv.includes('--with-dev');
const withGum = process.argv.includes('--gum');
// With --tagger-pos, training takes part of speech from dyad's tagger too, as at run time.
const taggerPos = process.argv.includes('--tagger-pos');
const bits = Number(process.argv.find((a) => a.startsWith('--bits='))?.slice(7) ?? 18);
const output = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'models/ner.bin.gz';
const epochs = Number(process.argv.find((a) => a.startsWith('--epochs='))?.slice(9) ?? 10);
// Training uses the UD treebanks' part of speech (joined by sent_id); scoring uses dyad's tagger, as at run time.
// While the tagger cannot be loaded (being retrained), scoring falls back to the treebanks' part of speech and says so.
let tagger: { tag(words: readonly string[]): Array<{ upos: string; xpos: string }> } | null = null;
try {
  tagger = loadNlpModels().tagger;
} catch (error) {
  console.log(`tagger not available (${(error as Error).message}): scoring with the treebanks' part of speech`);
}
const goldPos = new Map<string, { upos: string[]; xpos: string[]; words: string[] }>();
for (const file of ['ud-english-ewt/en_ewt-ud-train.conllu', 'ud-english-ewt/en_ewt-ud-dev.conllu', 'ud-english-ewt/en_ewt-ud-test.conllu', 'ud-english-pud/en_pud-ud-test.conllu']) {
  for (const s of parseConllu(readFileSync(join(folder, file), 'utf8'))) {
    goldPos.set(s.id, { words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos) });
  }
}
const kb = loadKnowledgeBase({ userDir: null });
const gazetteer = new Gazetteer(kb, loadCommonWords(), loadPlaceNames(), loadGeographicNames());

const read = (file: string, docOffset = 0) => parseIob(readFileSync(join(folder, file), 'utf8')).map((s) => ({ ...s, doc: s.doc + docOffset }));
const tagged = (sentences: IobSentence[], gold: boolean): TrainingSentence[] =>
  sentences.map((s) => {
    const tags = spansToBilou(toSpans(s.tags), s.words.length);
    const known = (gold || !tagger) && s.id ? goldPos.get(s.id) : undefined;
    if (known && known.words.join(' ') === s.words.join(' ')) return { words: s.words, upos: known.upos, xpos: known.xpos, tags, doc: s.doc };
    const pos = tagger ? tagger.tag(s.words) : s.words.map(() => ({ upos: 'X', xpos: 'X' }));
    return { words: s.words, upos: pos.map((t) => t.upos), xpos: pos.map((t) => t.xpos), tags, doc: s.doc };
  });

const train = read('uner-english-ewt/en_ewt-ud-train.iob2');
if (withDev) train.push(...read('uner-english-ewt/en_ewt-ud-dev.iob2', 100000));
const trainTagged = tagged(train, !taggerPos);
if (withGum) {
  const gum = gumEntitySentences(folder, 'ud-english-gum/en_gum-ud-train.conllu', 200000);
  trainTagged.push(...gum.map((s) => ({ words: s.words, upos: s.upos, xpos: s.xpos, tags: spansToBilou(toSpans(s.tags), s.words.length), doc: s.doc })));
  console.log(`GUM (open genres): ${gum.length} sentences`);
}
console.log(`${trainTagged.length} training sentences, ${trainTagged.reduce((n, s) => n + s.words.length, 0)} tokens`);
const clusters = loadWordClusters();
// The model is the mean of models trained with seeds 1, 2 and 3 (--seeds to choose others, --seed=S for one).
const seeds = seedsOption([1, 2, 3]);
const trained = seeds.map((s) => trainRecognizer(trainTagged, gazetteer, { epochs, bits, seed: s, clusters, log: console.log }));
const meta = trained[0]!.meta;
const weights = trained.length === 1 ? trained[0]!.trainer.finish() : averageWeights(trained.map((t) => t.trainer.finish()));
const recognizer = new Recognizer(meta, new Weights(weights), gazetteer, clusters);

const scores: Record<string, number> = {};
for (const [name, file] of [
  ['EWT dev', 'uner-english-ewt/en_ewt-ud-dev.iob2'],
  ['EWT test', 'uner-english-ewt/en_ewt-ud-test.iob2'],
  ['PUD test', 'uner-english-pud/en_pud-ud-test.iob2'],
] as const) {
  const sentences = tagged(read(file), false);
  const byDoc = new Map<number, TrainingSentence[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  const predicted: string[][] = [];
  for (const doc of byDoc.values()) for (const [i, spans] of recognizer.recognise(doc).entries()) predicted.push(toIob2(spans, doc[i]!.words.length));
  const gold = [...byDoc.values()].flat().map((s) => toIob2(bilouSpans(s.tags), s.words.length));
  const score = scoreIob(gold, predicted, ['PER', 'ORG', 'LOC']);
  scores[name] = Number((100 * score.ALL!.f1).toFixed(2));
  console.log(`${name}: F1 ${(100 * score.ALL!.f1).toFixed(2)} % (PER ${(100 * score.PER!.f1).toFixed(1)}, ORG ${(100 * score.ORG!.f1).toFixed(1)}, LOC ${(100 * score.LOC!.f1).toFixed(1)})`);
}
const seconds = (Date.now() - started) / 1000;
writeFileSync(output, saveRecognizer(meta, weights, { trainedSeconds: Math.round(seconds), epochs, seeds, withDev, withGum, f1: scores }));
console.log(`wrote ${output} (${seconds.toFixed(0)} s)`);

function bilouSpans(tags: readonly string[]) {
  return toSpans(tags.map((t) => (t[0] === 'U' ? `B${t.slice(1)}` : t[0] === 'L' ? `I${t.slice(1)}` : t)));
}
