import * as hash from './hash.js';
import { argmax, PerceptronTrainer, Weights } from './perceptron.js';
import type { BoundaryDecider } from './sentences.js';
import { shape } from '../text/shape.js';
import type { Word } from './tokenize.js';

// A learned sentence-boundary decider: a perceptron that reads the words
// around each gap of a paragraph together with what the rules said, so that
// it can learn where web and news text ends sentences without punctuation
// (a signature, a line of a list) and where a period does not end one.

const { f1, f2, f3, hashString } = hash;
const MAX_FEATURES = 32;
const END = hashString('</p>');

/** Lower-cased word → its most frequent tag class in training (the tagger's lexicon). */
export type Lexicon = Record<string, number>;

interface Encoded {
  lower: Int32Array;
  form: Int32Array;
  shapes: Int32Array;
  /** The word's usual tag class, -1 when rare, -2 past the end. */
  usual: Int32Array;
}

function encode(words: readonly Word[], lexicon: Lexicon): Encoded {
  const n = words.length;
  const lower = new Int32Array(n + 2).fill(END);
  const form = new Int32Array(n + 2).fill(END);
  const shapes = new Int32Array(n + 2).fill(END);
  const usual = new Int32Array(n + 2).fill(-2);
  words.forEach((w, i) => {
    const l = w.form.toLowerCase();
    lower[i] = hashString(l);
    form[i] = hashString(w.form);
    shapes[i] = hashString(shape(w.form));
    usual[i] = lexicon[l] ?? -1;
  });
  return { lower, form, shapes, usual };
}

function features(c: Encoded, rules: Uint8Array, i: number, n: number, since: number, out: Int32Array): number {
  const r = rules[i]!;
  const L = c.lower, S = c.shapes, U = c.usual;
  const prev = i > 0 ? L[i - 1]! : 0;
  const sinceBucket = since < 3 ? since : since < 6 ? 3 : since < 12 ? 4 : since < 25 ? 5 : 6;
  const left = n - i - 1;
  const leftBucket = left < 3 ? left : left < 6 ? 3 : left < 12 ? 4 : 5;
  let k = 0;
  out[k++] = f1(0, r);
  out[k++] = f2(1, r, L[i]!);
  out[k++] = f2(2, r, L[i + 1]!);
  out[k++] = f2(3, r, S[i]!);
  out[k++] = f2(4, r, S[i + 1]!);
  out[k++] = f3(5, r, S[i]!, S[i + 1]!);
  out[k++] = f3(6, r, L[i]!, L[i + 1]!);
  out[k++] = f3(7, r, prev, L[i]!);
  out[k++] = f2(8, r, S[i + 2]!);
  out[k++] = f2(9, r, sinceBucket);
  out[k++] = f2(10, r, leftBucket);
  out[k++] = f3(11, r, sinceBucket, S[i + 1]!);
  out[k++] = f3(12, r, L[i]!, S[i + 1]!);
  out[k++] = f3(13, r, S[i]!, L[i + 1]!);
  out[k++] = f3(14, r, S[i + 1]!, S[i + 2]!);
  out[k++] = f2(15, r, L[i + 2]!);
  out[k++] = f3(16, r, i > 0 ? S[i - 1]! : 0, S[i]!);
  out[k++] = f3(17, r, L[i + 1]!, L[i + 2]!);
  out[k++] = f3(18, r, sinceBucket, L[i]!);
  // The words' usual tags: a pronoun or a verb after a word that ends a line of a signature or list.
  out[k++] = f2(19, r, U[i + 1]!);
  out[k++] = f3(20, r, U[i]!, U[i + 1]!);
  out[k++] = f3(21, r, S[i]!, U[i + 1]!);
  out[k++] = f3(22, r, L[i]!, U[i + 1]!);
  out[k++] = f3(23, r, U[i + 1]!, U[i + 2]!);
  out[k++] = f2(24, r, c.form[i]!);
  out[k++] = f3(25, r, c.form[i + 1]!, S[i]!);
  out[k++] = f3(26, r, leftBucket, S[i + 1]!);
  out[k++] = f3(27, r, i > 0 ? U[i - 1]! : -3, U[i]!);
  return k;
}

export function boundaryDecider(weights: Weights, lexicon: Lexicon): BoundaryDecider {
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(2);
  return (words, rules) => {
    const c = encode(words, lexicon);
    const n = words.length;
    const ends = new Uint8Array(n);
    let since = 0;
    for (let i = 0; i + 1 < n; i++) {
      since++;
      const k = features(c, rules, i, n, since, feats);
      scores.fill(0);
      weights.score(feats, k, scores);
      if (scores[1]! > scores[0]!) {
        ends[i] = 1;
        since = 0;
      }
    }
    if (n) ends[n - 1] = 1;
    return ends;
  };
}

/** Paragraphs as words with the rules' marks and the gold marks. */
export interface BoundaryExample {
  words: Word[];
  rules: Uint8Array;
  gold: Uint8Array;
}

export function trainBoundaries(examples: readonly BoundaryExample[], lexicon: Lexicon, epochs = 15, bits = 18): PerceptronTrainer {
  const trainer = new PerceptronTrainer(bits, 2);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(2);
  const encoded = examples.map((e) => encode(e.words, lexicon));
  const order = examples.map((_, i) => i);
  let rand = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of order) {
      const { words, rules, gold } = examples[e]!;
      const c = encoded[e]!;
      let since = 0;
      for (let i = 0; i + 1 < words.length; i++) {
        since++;
        const k = features(c, rules, i, words.length, since, feats);
        trainer.score(feats, k, scores);
        const guess = argmax(scores, 2);
        trainer.update(feats, k, gold[i]!, guess);
        // Follow the gold boundaries, so that "since" means what it will mean on good input.
        if (gold[i]) since = 0;
      }
    }
    // A new order each pass (a fixed seed: training is deterministic).
    for (let i = order.length - 1; i > 0; i--) {
      rand = (Math.imul(rand, 1103515245) + 12345) & 0x7fffffff;
      const j = rand % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  return trainer;
}
