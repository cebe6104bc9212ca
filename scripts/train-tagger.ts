// npm run train:tagger [-- CORPORA] [--with-dev] [--seeds=S,S,...] [--out=FILE]: trains the tagger and lemmatizer on the
// training sentences, with the sentence-boundary model, and writes
// models/tagger.bin. --with-dev adds EWT dev and GUM dev/test (the committed model).
import { writeFileSync } from 'node:fs';
import { corpusFolder, paragraphs, read, tagOf, trainingSentences } from './_corpora.js';
import { seedsOption } from './_seeds.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { ruleBoundaries } from '../src/nlp/sentences.js';
import { boundaryDecider, trainBoundaries } from '../src/nlp/boundary.js';
import { scoreSegmentation } from '../eval/_segmentation.js';
import { loadWordClusters, saveTagger } from '../src/nlp/models.js';
import { Tagger, trainTagger } from '../src/nlp/tagger.js';
import { Lemmatizer, trainLemmatizer } from '../src/nlp/lemma.js';
import { averageWeights, Weights } from '../src/nlp/perceptron.js';

const started = Date.now();
const folder = corpusFolder();
const withDev = process.argv.includes('--with-dev');
const train = trainingSentences(folder, withDev);
const clusters = loadWordClusters();
console.log(`${train.length} training sentences, ${train.reduce((n, s) => n + s.words.length, 0)} words`);
// --seeds=1,2,3: the mean of taggers trained with each seed (the order of the sentences).
const seeds = seedsOption([1]);
const output = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'models/tagger.bin';
const sentences = train.map((s) => ({ words: s.words.map((w) => w.form), tags: s.words.map(tagOf) }));
const trained = seeds.map((seed) => trainTagger(sentences, { clusters, seed, log: console.log }));
const meta = trained[0]!.meta;
const lemmas = trainLemmatizer(train.flatMap((s) => s.words));
const weights = trained.length === 1 ? trained[0]!.trainer.finish() : averageWeights(trained.map((t) => t.trainer.finish()));
const tagger = new Tagger(meta, new Weights(weights), clusters);
const lemmatizer = new Lemmatizer(lemmas);
const dev = read(folder, 'ud-english-ewt/en_ewt-ud-dev.conllu');
let upos = 0, xpos = 0, lemma = 0, total = 0;
for (const s of dev) {
  const tags = tagger.tag(s.words.map((w) => w.form));
  s.words.forEach((w, i) => {
    total++;
    if (tags[i]!.upos === w.upos) upos++;
    if (tags[i]!.xpos === w.xpos) xpos++;
    if (lemmatizer.lemma(w.form, tags[i]!.xpos) === w.lemma) lemma++;
  });
}
const boundaryExamples = paragraphs(train).map(({ text, ends }) => {
  const words = tokenize(text);
  const set = new Set(ends);
  return { words, rules: ruleBoundaries(words), gold: Uint8Array.from(words, (w) => (set.has(w.end) ? 1 : 0)) };
});
const boundaries = trainBoundaries(boundaryExamples, meta.lexicon).finish();
const segmentation = scoreSegmentation(dev, boundaryDecider(new Weights(boundaries), meta.lexicon));
console.log(`EWT dev${withDev ? ' (trained on it, not held out)' : ''} raw text: tokens F1 ${(100 * segmentation.tokens.f1).toFixed(2)} %, sentences F1 ${(100 * segmentation.sentences.f1).toFixed(2)} %`);
const seconds = (Date.now() - started) / 1000;
console.log(`EWT dev${withDev ? ' (trained on it, not held out)' : ''}: UPOS ${((100 * upos) / total).toFixed(2)} %, XPOS ${((100 * xpos) / total).toFixed(2)} %, lemma ${((100 * lemma) / total).toFixed(2)} %; trained in ${seconds.toFixed(0)} s`);
writeFileSync(output, saveTagger(meta, weights, lemmas, boundaries, { trainedSeconds: Math.round(seconds), seeds }));
console.log(`wrote ${output}`);
