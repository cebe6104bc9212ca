import { argmax, PerceptronTrainer } from '../nlp/perceptron.js';
import { hashString } from '../nlp/hash.js';
import { features, lowerCaseWords, MAX_FEATURES, prepare, WordCache, type Prepared, type SentenceInput } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from '../nlp/clusters.js';
import { START_TAG, START_TAG2, type RecognizerMeta } from './recognizer.js';
import { bilouTags, decodeStep, ENTITY_TYPES, transitions } from './tags.js';

export interface TrainingSentence extends SentenceInput {
  /** Gold BILOU tags. */
  tags: string[];
  doc: number;
}

export interface TrainOptions {
  epochs?: number;
  bits?: number;
  seed?: number;
  clusters?: WordClusters;
  log?: (line: string) => void;
}

/** Trains the recogniser on BILOU-tagged sentences, with its own predictions as the history (greedy). */
export function trainRecognizer(sentences: readonly TrainingSentence[], gazetteer: Gazetteer, options: TrainOptions = {}): { meta: RecognizerMeta; trainer: PerceptronTrainer } {
  const { epochs = 10, bits = 20, seed = 1, clusters, log = () => {} } = options;
  const tags = bilouTags(ENTITY_TYPES);
  const index = new Map(tags.map((t, i) => [t, i]));
  const tagIds = Int32Array.from(tags, (t) => hashString(t));
  const allowed = transitions(tags);
  const trainer = new PerceptronTrainer(bits, tags.length);
  const prepared = prepareAll(sentences, new WordCache(gazetteer, clusters));
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(tags.length);
  const order = sentences.map((_, i) => i);
  let rand = seed;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of order) {
      const p = prepared[s]!;
      const gold = sentences[s]!.tags;
      const out: number[] = [];
      let prevId = START_TAG;
      let prev2Id = START_TAG2;
      for (let i = 0; i < p.n; i++) {
        const g = index.get(gold[i]!)!;
        const n = features(p, i, prevId, prev2Id, feats);
        trainer.score(feats, n, scores);
        const guess = decodeStep(tags, scores, out, i, i === p.n - 1, allowed, index);
        // The update is for the best tag overall: the repair is a decoding device, not what the model said.
        trainer.update(feats, n, g, argmax(scores, tags.length));
        out.push(guess);
        if (guess === g) correct++;
        total++;
        prev2Id = prevId;
        prevId = tagIds[guess]!;
      }
    }
    log(`ner epoch ${epoch + 1}/${epochs}: training accuracy ${((100 * correct) / total).toFixed(2)} %`);
    for (let i = order.length - 1; i > 0; i--) {
      rand = (Math.imul(rand, 1103515245) + 12345) & 0x7fffffff;
      const j = rand % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  return { meta: { tags }, trainer };
}

/** Prepared sentences, with each document's lower-case words. */
function prepareAll(sentences: readonly TrainingSentence[], cache: WordCache): Prepared[] {
  const byDoc = new Map<number, string[][]>();
  for (const s of sentences) {
    const list = byDoc.get(s.doc) ?? [];
    list.push([...s.words]);
    byDoc.set(s.doc, list);
  }
  const seen = new Map([...byDoc].map(([doc, words]) => [doc, lowerCaseWords(words)]));
  return sentences.map((s) => prepare(s, seen.get(s.doc)!, cache));
}
