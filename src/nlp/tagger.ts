import * as hash from './hash.js';
import { argmax, PerceptronTrainer, Weights } from './perceptron.js';
import { shape } from '../text/shape.js';
import { TIME_NOUNS } from './time-words.js';
import type { WordClusters } from './clusters.js';
import { wordTable } from '../text/word-table.js';

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


/** Hashes of each word's strings, made once per sentence so that the features only mix integers. */
interface Prepared {
  form: Int32Array;
  lower: Int32Array;
  /** Suffixes of 1–5 and prefixes of 1–4 characters of the lower-cased word. */
  s1: Int32Array;
  s2: Int32Array;
  s3: Int32Array;
  s4: Int32Array;
  s5: Int32Array;
  p1: Int32Array;
  p2: Int32Array;
  p3: Int32Array;
  p4: Int32Array;
  shape: Int32Array;
  hyphen: Uint8Array;
  /** Most frequent class of each word in training, -1 when unknown or rare. */
  usual: Int32Array;
  /** Cluster codes of each rare word, coarse to fine; words the lexicon knows and the edges (n, n + 1) share one "none" code. */
  c0: Int32Array;
  c1: Int32Array;
  c2: Int32Array;
}

function prepare(words: readonly string[], lexicon: Record<string, number>, clusters: WordClusters | undefined): Prepared {
  const n = words.length;
  const int = () => new Int32Array(n);
  const p: Prepared = { form: int(), lower: int(), s1: int(), s2: int(), s3: int(), s4: int(), s5: int(), p1: int(), p2: int(), p3: int(), p4: int(), shape: int(), hyphen: new Uint8Array(n), usual: new Int32Array(n + 2).fill(-2), c0: new Int32Array(n + 2).fill(-2), c1: new Int32Array(n + 2).fill(-2), c2: new Int32Array(n + 2).fill(-2) };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = w.toLowerCase();
    p.form[i] = hashString(w);
    p.lower[i] = hashString(l);
    p.s1[i] = hashString(l.slice(-1));
    p.s2[i] = hashString(l.slice(-2));
    p.s3[i] = hashString(l.slice(-3));
    p.s4[i] = hashString(l.slice(-4));
    p.s5[i] = hashString(l.slice(-5));
    p.p1[i] = hashString(l.slice(0, 1));
    p.p2[i] = hashString(l.slice(0, 2));
    p.p3[i] = hashString(l.slice(0, 3));
    p.p4[i] = hashString(l.slice(0, 4));
    p.shape[i] = hashString(shape(w));
    p.hyphen[i] = w.includes('-') ? 1 : 0;
    p.usual[i] = lexicon[l] ?? -1;
    // Clusters stand in for words the training data shows too rarely; a known word's own features say more.
    if (clusters && p.usual[i] === -1) {
      const at = clusters.find(l);
      p.c0[i] = clusters.code(at, 0);
      p.c1[i] = clusters.code(at, 1);
      p.c2[i] = clusters.code(at, 2);
    }
  }
  return p;
}

function features(n: number, p: Prepared, i: number, prev: number, prev2: number, out: Int32Array): number {
  const L = p.lower;
  const w = L[i]!;
  const l1 = i >= 1 ? L[i - 1]! : START;
  const l2 = i >= 2 ? L[i - 2]! : START2;
  const r1 = i + 1 < n ? L[i + 1]! : END;
  const r2 = i + 2 < n ? L[i + 2]! : i + 2 === n ? END : END2;
  const first = i === 0 ? 1 : 0;
  const u = p.usual;
  let k = 0;
  out[k++] = f1(0, 0);
  out[k++] = f1(1, w);
  out[k++] = f1(2, p.form[i]!);
  out[k++] = f1(3, p.s1[i]!);
  out[k++] = f1(4, p.s2[i]!);
  out[k++] = f1(5, p.s3[i]!);
  out[k++] = f1(6, p.s4[i]!);
  out[k++] = f1(7, p.p1[i]!);
  out[k++] = f1(8, p.p2[i]!);
  out[k++] = f1(9, p.p3[i]!);
  out[k++] = f1(10, p.shape[i]!);
  out[k++] = f1(11, prev);
  out[k++] = f2(12, prev, prev2);
  out[k++] = f2(13, prev, w);
  out[k++] = f1(14, l1);
  out[k++] = f1(15, l2);
  out[k++] = f1(16, r1);
  out[k++] = f1(17, r2);
  out[k++] = f1(18, i > 0 ? p.s3[i - 1]! : START);
  out[k++] = f1(19, i + 1 < n ? p.s3[i + 1]! : END);
  out[k++] = f2(20, l1, w);
  out[k++] = f2(21, w, r1);
  out[k++] = f1(22, first);
  out[k++] = f2(23, first, p.shape[i]!);
  out[k++] = f2(24, prev, r1);
  out[k++] = f1(25, p.hyphen[i]!);
  out[k++] = f2(26, prev, p.s3[i]!);
  out[k++] = f3(27, prev, w, r1);
  out[k++] = f1(28, u[i]!);
  out[k++] = f1(29, u[i + 1]!);
  out[k++] = f2(30, u[i + 1]!, u[i + 2]!);
  out[k++] = f2(31, prev, u[i + 1]!);
  out[k++] = f2(32, u[i]!, u[i + 1]!);
  out[k++] = f2(33, w, u[i + 1]!);
  out[k++] = f1(34, p.s5[i]!);
  out[k++] = f1(35, p.p4[i]!);
  out[k++] = f1(36, i + 1 < n ? p.shape[i + 1]! : END);
  out[k++] = f1(37, p.c0[i]!);
  out[k++] = f1(38, p.c1[i]!);
  out[k++] = f1(39, p.c2[i]!);
  out[k++] = f1(40, i > 0 ? p.c1[i - 1]! : START);
  out[k++] = f1(41, p.c1[i + 1]!);
  out[k++] = f2(42, prev, p.c1[i]!);
  out[k++] = f2(43, p.c2[i]!, p.c1[i + 1]!);
  return k;
}

const CAPITALS = /^\p{Lu}{2,}$/u;
const FUNCTION_TAGS = new Set(['AUX', 'PRON', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'PART']);
const AFTER = new Set(['ADP', 'DET']);
const BEFORE = new Set(['NOUN', 'PROPN']);

/** Whether most of a sentence's letters are capitals. */
function shouted(words: readonly string[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      // ASCII by code; other characters (whole code points) by their case mappings.
      if (c < 128) {
        if (c >= 65 && c <= 90) {
          letters++;
          upper++;
        } else if (c >= 97 && c <= 122) letters++;
        continue;
      }
      const ch = String.fromCodePoint(w.codePointAt(i)!);
      if (ch.length === 2) i++;
      if (ch.toLowerCase() === ch.toUpperCase()) continue;
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return upper * 2 > letters;
}

export class Tagger {
  private readonly tagIds: Int32Array;
  private readonly pairs: Array<{ upos: string; xpos: string }>;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  constructor(
    readonly meta: TaggerMeta,
    private readonly weights: Weights,
    private readonly clusters?: WordClusters,
  ) {
    this.tagIds = Int32Array.from(meta.tags, (t) => hashString(t));
    this.pairs = meta.tags.map((t) => {
      const [upos, xpos] = t.split(' ') as [string, string];
      return { upos, xpos };
    });
    this.scores = new Float64Array(weights.classes);
  }

  /** The class index of each word. */
  tagIndices(words: readonly string[]): number[] {
    const p = prepare(words, this.meta.lexicon, this.clusters);
    const out: number[] = [];
    const { feats, scores } = this;
    let prev = START;
    let prev2 = START2;
    for (let i = 0; i < words.length; i++) {
      let tag = this.meta.dictionary[words[i]!];
      if (tag === undefined) {
        const n = features(words.length, p, i, prev, prev2, feats);
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
    const tags = this.tagIndices(words).map((t) => ({ ...this.pairs[t]! }));
    // In a sentence not written in capitals, a function word in capitals right after a preposition or determiner,
    // or a verb or pronoun in capitals right before a noun, is an abbreviation: "against IS", "the WHO", "seven IS
    // members". (Emphasis, "I AM sure", "NO way", and shouted sentences stay as tagged.)
    if (!shouted(words)) {
      words.forEach((w, i) => {
        if (!CAPITALS.test(w) || !FUNCTION_TAGS.has(tags[i]!.upos)) return;
        const verbOrPronoun = tags[i]!.upos === 'AUX' || tags[i]!.xpos === 'PRP' || tags[i]!.xpos === 'WP';
        if ((i > 0 && AFTER.has(tags[i - 1]!.upos)) || (verbOrPronoun && BEFORE.has(tags[i + 1]?.upos ?? ''))) tags[i] = { upos: 'PROPN', xpos: 'NNP' };
      });
    }
    pastTenseBetweenPhrases(words, tags);
    relativeBeforeParenthetical(words, tags);
    return tags;
  }
}

const NOUN_HEAD = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const PHRASE_START = new Set(['DT', 'PRP$', 'CD', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const TIME_AFTER = new Set(['last', 'this', 'next', 'past', 'earlier', ...TIME_NOUNS]);
const CLAUSE_EDGE = new Set([',', ':', 'CC', 'WDT', 'WP', '-LRB-', '-RRB-']);

/**
 * "Germany lifted sanctions", "students staged mass demonstrations": a participle with no auxiliary, between the
 * noun that ends its clause's first phrase and a noun phrase, with no other finite verb in its clause, is the
 * clause's past tense, not a reduced relative ("the sanctions lifted in May were …" has its verb after it). Wire
 * copy writes this order far more often than the web text the tagger learned from.
 */
function pastTenseBetweenPhrases(words: readonly string[], tags: Array<{ upos: string; xpos: string }>): void {
  const edge = (k: number) => CLAUSE_EDGE.has(tags[k]!.xpos) || tags[k]!.xpos === 'IN' && tags[k]!.upos === 'SCONJ';
  const finite = (k: number) => FINITE.has(tags[k]!.xpos) || tags[k]!.upos === 'AUX';
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i]!.xpos !== 'VBN' || !NOUN_HEAD.has(tags[i - 1]!.xpos) || !PHRASE_START.has(tags[i + 1]!.xpos)) continue;
    // "ministers appointed last month, the palace said, will …": a time after it is the relative's.
    if (TIME_AFTER.has(words[i + 1]!.toLowerCase())) continue;
    let clean = true;
    let k = i - 1;
    for (; k >= 0 && clean && !edge(k); k--) if (finite(k)) clean = false;
    // Before a name only in a clause that opens the sentence: "Saudi jets bombed Houthi rebels", not the
    // description in "…, a man named John Smith".
    if (/^NNPS?$/.test(tags[i + 1]!.xpos) && k >= 0) clean = false;
    for (let k = i + 1; k < tags.length && clean && !edge(k); k++) if (finite(k)) clean = false;
    if (clean) tags[i] = { upos: 'VERB', xpos: 'VBD' };
  }
}

/**
 * "Ministers appointed last month, the palace said, will take office": a past form right after the sentence's
 * first noun, followed by a time, is a reduced relative when a reporting clause between commas comes next and a
 * finite verb with no subject of its own after it; the subject is the first noun's.
 */
function relativeBeforeParenthetical(words: readonly string[], tags: Array<{ upos: string; xpos: string }>): void {
  const i = tags.findIndex((t) => /^VB[DN]$/.test(t.xpos));
  if (i < 1 || tags[i]!.xpos !== 'VBD' || !NOUN_HEAD.has(tags[i - 1]!.xpos) || !TIME_AFTER.has(words[i + 1]?.toLowerCase() ?? '')) return;
  const open = words.indexOf(',', i);
  const close = open < 0 ? -1 : words.indexOf(',', open + 1);
  if (close < 0 || !(tags[close + 1]?.xpos === 'MD' || FINITE.has(tags[close + 1]?.xpos ?? ''))) return;
  // Between the commas, a reporting clause: a noun phrase and its past-tense verb ("the palace said").
  const inside = tags.slice(open + 1, close).map((t) => t.xpos);
  if (inside.at(-1) !== 'VBD' || inside.length < 2 || !inside.slice(0, -1).every((x) => /^(DT|PRP\$|JJ|NNP?S?|PRP)$/.test(x))) return;
  tags[i] = { upos: 'VERB', xpos: 'VBN' };
}

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

export interface TrainTaggerOptions {
  epochs?: number;
  bits?: number;
  seed?: number;
  clusters?: WordClusters;
  log?: (line: string) => void;
}

/** Trains a tagger on sentences whose words carry "UPOS XPOS" tags. */
export function trainTagger(sentences: readonly TaggedSentence[], options: TrainTaggerOptions = {}): { meta: TaggerMeta; trainer: PerceptronTrainer } {
  const { epochs = 8, bits = 19, seed = 1, clusters, log = () => {} } = options;
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
      const p = prepare(words, meta.lexicon, clusters);
      let prev = START;
      let prev2 = START2;
      for (let i = 0; i < words.length; i++) {
        const gold = tagIndex.get(tags[i]!)!;
        let guess = meta.dictionary[words[i]!];
        if (guess === undefined) {
          const n = features(words.length, p, i, prev, prev2, feats);
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
  const dictionary = wordTable<number>();
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
  const lexicon = wordTable<number>();
  for (const [word, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    if (total >= 3) lexicon[word] = tagIndex.get([...c].sort((a, b) => b[1] - a[1])[0]![0])!;
  }
  return lexicon;
}
