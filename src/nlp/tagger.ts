import * as hash from './hash.js';
import { argmax, PerceptronTrainer, Weights } from './perceptron.js';
import { shape } from '../text/shape.js';

// Local bindings: the hot loops call these millions of times.
const { f1, f2, f3, hashString } = hash;

// Greedy left-to-right averaged-perceptron tagger (Collins 2002) predicting the
// UPOS and the Penn XPOS together, as one class "UPOS XPOS". Frequent words
// that always carry one tag in training take it from a tag dictionary.

export interface TaggerMeta {
  tags: string[];
  /** Word → class index, for frequent unambiguous words. */
  dictionary: Record<string, number>;
  /** Lower-cased word → its most frequent class, for words seen at least three times: a look-ahead at the words to the right. */
  lexicon: Record<string, number>;
}

const MAX_FEATURES = 48;
const START = hashString('<s>');
const START2 = hashString('<s2>');
const END = hashString('</s>');
const END2 = hashString('</s2>');


interface Prepared {
  lower: Int32Array;
  s3: Int32Array;
  /** Most frequent class of each word in training, -1 when unknown or rare. */
  usual: Int32Array;
}

function prepare(words: readonly string[], lexicon: Record<string, number>): Prepared {
  const lower = new Int32Array(words.length);
  const s3 = new Int32Array(words.length);
  const usual = new Int32Array(words.length + 2).fill(-2);
  words.forEach((w, i) => {
    const l = w.toLowerCase();
    lower[i] = hashString(l);
    s3[i] = hashString(l.slice(-3));
    usual[i] = lexicon[l] ?? -1;
  });
  return { lower, s3, usual };
}

function features(words: readonly string[], p: Prepared, i: number, prev: number, prev2: number, out: Int32Array): number {
  const w = words[i]!;
  const l = w.toLowerCase();
  const at = (k: number, fallback: number, fallback2: number) => (k < 0 ? (k === -1 ? fallback : fallback2) : k >= words.length ? (k === words.length ? END : END2) : p.lower[k]!);
  let n = 0;
  out[n++] = f1(0, 0);
  out[n++] = f1(1, p.lower[i]!);
  out[n++] = f1(2, hashString(w));
  out[n++] = f1(3, hashString(l.slice(-1)));
  out[n++] = f1(4, hashString(l.slice(-2)));
  out[n++] = f1(5, p.s3[i]!);
  out[n++] = f1(6, hashString(l.slice(-4)));
  out[n++] = f1(7, hashString(l.slice(0, 1)));
  out[n++] = f1(8, hashString(l.slice(0, 2)));
  out[n++] = f1(9, hashString(l.slice(0, 3)));
  out[n++] = f1(10, hashString(shape(w)));
  out[n++] = f1(11, prev);
  out[n++] = f2(12, prev, prev2);
  out[n++] = f2(13, prev, p.lower[i]!);
  out[n++] = f1(14, at(i - 1, START, START2));
  out[n++] = f1(15, at(i - 2, START2, START2));
  out[n++] = f1(16, at(i + 1, START, START2));
  out[n++] = f1(17, at(i + 2, START, START2));
  out[n++] = f1(18, i > 0 ? p.s3[i - 1]! : START);
  out[n++] = f1(19, i + 1 < words.length ? p.s3[i + 1]! : END);
  out[n++] = f2(20, at(i - 1, START, START2), p.lower[i]!);
  out[n++] = f2(21, p.lower[i]!, at(i + 1, START, START2));
  out[n++] = f1(22, i === 0 ? 1 : 0);
  out[n++] = f2(23, i === 0 ? 1 : 0, hashString(shape(w)));
  out[n++] = f2(24, prev, at(i + 1, START, START2));
  out[n++] = f1(25, /-/.test(w) ? 1 : 0);
  out[n++] = f2(26, prev, p.s3[i]!);
  out[n++] = f3(27, prev, p.lower[i]!, at(i + 1, START, START2));
  out[n++] = f1(28, p.usual[i]!);
  out[n++] = f1(29, p.usual[i + 1]!);
  out[n++] = f2(30, p.usual[i + 1]!, p.usual[i + 2]!);
  out[n++] = f2(31, prev, p.usual[i + 1]!);
  out[n++] = f2(32, p.usual[i]!, p.usual[i + 1]!);
  out[n++] = f2(33, p.lower[i]!, p.usual[i + 1]!);
  out[n++] = f1(34, hashString(l.slice(-5)));
  out[n++] = f1(35, hashString(l.slice(0, 4)));
  out[n++] = f1(36, i + 1 < words.length ? hashString(shape(words[i + 1]!)) : END);
  return n;
}

export class Tagger {
  private readonly tagIds: Int32Array;
  constructor(
    readonly meta: TaggerMeta,
    private readonly weights: Weights,
  ) {
    this.tagIds = Int32Array.from(meta.tags, (t) => hashString(t));
  }

  /** The class index of each word. */
  tagIndices(words: readonly string[]): number[] {
    const p = prepare(words, this.meta.lexicon);
    const out: number[] = [];
    const feats = new Int32Array(MAX_FEATURES);
    const scores = new Float64Array(this.weights.classes);
    let prev = START;
    let prev2 = START2;
    for (let i = 0; i < words.length; i++) {
      let tag = this.meta.dictionary[words[i]!];
      if (tag === undefined) {
        const n = features(words, p, i, prev, prev2, feats);
        scores.fill(0);
        this.weights.score(feats, n, scores);
        tag = argmax(scores, this.weights.classes);
      }
      out.push(tag);
      prev2 = prev;
      prev = this.tagIds[tag]!;
    }
    return out;
  }

  /** UPOS and XPOS of each word. */
  tag(words: readonly string[]): Array<{ upos: string; xpos: string }> {
    return this.tagIndices(words).map((t) => {
      const [upos, xpos] = this.meta.tags[t]!.split(' ') as [string, string];
      return { upos, xpos };
    });
  }
}

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

export interface TrainTaggerOptions {
  epochs?: number;
  bits?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** Trains a tagger on sentences whose words carry "UPOS XPOS" tags. */
export function trainTagger(sentences: readonly TaggedSentence[], options: TrainTaggerOptions = {}): { meta: TaggerMeta; trainer: PerceptronTrainer } {
  const { epochs = 8, bits = 19, seed = 1, log = () => {} } = options;
  const tagSet = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const tagIndex = new Map(tagSet.map((t, i) => [t, i]));
  const meta: TaggerMeta = { tags: tagSet, dictionary: buildDictionary(sentences, tagIndex), lexicon: buildLexicon(sentences, tagIndex) };
  const trainer = new PerceptronTrainer(bits, tagSet.length);
  const tagIds = Int32Array.from(tagSet, (t) => hashString(t));
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(tagSet.length);
  const order = sentences.map((_, i) => i);
  let rand = seed;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of sentences.length ? order : []) {
      const { words, tags } = sentences[s]!;
      const p = prepare(words, meta.lexicon);
      let prev = START;
      let prev2 = START2;
      for (let i = 0; i < words.length; i++) {
        const gold = tagIndex.get(tags[i]!)!;
        let guess = meta.dictionary[words[i]!];
        if (guess === undefined) {
          const n = features(words, p, i, prev, prev2, feats);
          trainer.score(feats, n, scores);
          guess = argmax(scores, tagSet.length);
          trainer.update(feats, n, gold, guess);
        }
        if (guess === gold) correct++;
        total++;
        prev2 = prev;
        prev = tagIds[guess]!;
      }
    }
    log(`tagger epoch ${epoch + 1}/${epochs}: training accuracy ${((100 * correct) / total).toFixed(2)} %`);
    for (let i = order.length - 1; i > 0; i--) {
      rand = (Math.imul(rand, 1103515245) + 12345) & 0x7fffffff;
      const j = rand % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  return { meta, trainer };
}

function buildDictionary(sentences: readonly TaggedSentence[], tagIndex: Map<string, number>): Record<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences)
    s.words.forEach((w, i) => {
      const c = counts.get(w) ?? new Map<string, number>();
      c.set(s.tags[i]!, (c.get(s.tags[i]!) ?? 0) + 1);
      counts.set(w, c);
    });
  const dictionary: Record<string, number> = {};
  for (const [word, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    const [tag, n] = [...c].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= 20 && n / total >= 0.995) dictionary[word] = tagIndex.get(tag)!;
  }
  return dictionary;
}

function buildLexicon(sentences: readonly TaggedSentence[], tagIndex: Map<string, number>): Record<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences)
    s.words.forEach((w, i) => {
      const l = w.toLowerCase();
      const c = counts.get(l) ?? new Map<string, number>();
      c.set(s.tags[i]!, (c.get(s.tags[i]!) ?? 0) + 1);
      counts.set(l, c);
    });
  const lexicon: Record<string, number> = {};
  for (const [word, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    if (total >= 3) lexicon[word] = tagIndex.get([...c].sort((a, b) => b[1] - a[1])[0]![0])!;
  }
  return lexicon;
}
