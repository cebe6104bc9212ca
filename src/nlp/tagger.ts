import * as hash from './hash.js';
import { argmax, PerceptronTrainer, Weights } from './perceptron.js';
import { shape } from '../text/shape.js';
import { isArticleName } from '../text/article-names.js';
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


/**
 * What the tagger reads of a word alone, from its own form: hashes of its strings, its usual class and its clusters.
 * `sums` keeps the integer sums of the weights of the word's own features (`wordFeatures`) once scored: a word's
 * own features are the same wherever it stands, and frequent words come back in every sentence.
 */
interface WordCodes {
  form: number;
  lower: number;
  /** Suffixes of 1–5 and prefixes of 1–4 characters of the lower-cased word. */
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
  p1: number;
  p2: number;
  p3: number;
  p4: number;
  shape: number;
  hyphen: number;
  /** Most frequent class of the word in training, -1 when unknown or rare. */
  usual: number;
  /** Cluster codes of a rare word, coarse to fine; words the lexicon knows share one "none" code. */
  c0: number;
  c1: number;
  c2: number;
  sums: Int32Array | null;
}

/** Past the sentence's end: no usual class, no clusters. */
const EDGE = { usual: -2, c1: -2 } as const;

function wordCodes(w: string, lexicon: Record<string, number>, clusters: WordClusters | undefined): WordCodes {
  const l = w.toLowerCase();
  const usual = lexicon[l] ?? -1;
  // Clusters stand in for words the training data shows too rarely; a known word's own features say more.
  const at = clusters && usual === -1 ? clusters.find(l) : -1;
  const code = (g: number) => (clusters && usual === -1 ? clusters.code(at, g) : -2);
  return {
    form: hashString(w),
    lower: hashString(l),
    s1: hashString(l.slice(-1)),
    s2: hashString(l.slice(-2)),
    s3: hashString(l.slice(-3)),
    s4: hashString(l.slice(-4)),
    s5: hashString(l.slice(-5)),
    p1: hashString(l.slice(0, 1)),
    p2: hashString(l.slice(0, 2)),
    p3: hashString(l.slice(0, 3)),
    p4: hashString(l.slice(0, 4)),
    shape: hashString(shape(w)),
    hyphen: w.includes('-') ? 1 : 0,
    usual,
    c0: code(0),
    c1: code(1),
    c2: code(2),
    sums: null,
  };
}

/** Features of the word alone, the same wherever it stands. */
function wordFeatures(w: WordCodes, out: Int32Array): number {
  let k = 0;
  out[k++] = f1(0, 0);
  out[k++] = f1(1, w.lower);
  out[k++] = f1(2, w.form);
  out[k++] = f1(3, w.s1);
  out[k++] = f1(4, w.s2);
  out[k++] = f1(5, w.s3);
  out[k++] = f1(6, w.s4);
  out[k++] = f1(7, w.p1);
  out[k++] = f1(8, w.p2);
  out[k++] = f1(9, w.p3);
  out[k++] = f1(10, w.shape);
  out[k++] = f1(25, w.hyphen);
  out[k++] = f1(28, w.usual);
  out[k++] = f1(34, w.s5);
  out[k++] = f1(35, w.p4);
  out[k++] = f1(37, w.c0);
  out[k++] = f1(38, w.c1);
  out[k++] = f1(39, w.c2);
  return k;
}

/** Features of the word in its sentence: its neighbours, the tags before it and its position, from `out[k]` on. */
function contextFeatures(s: readonly WordCodes[], i: number, prev: number, prev2: number, out: Int32Array, k: number): number {
  const n = s.length;
  const me = s[i]!;
  const w = me.lower;
  const l1 = i >= 1 ? s[i - 1]!.lower : START;
  const l2 = i >= 2 ? s[i - 2]!.lower : START2;
  const r1 = i + 1 < n ? s[i + 1]!.lower : END;
  const r2 = i + 2 < n ? s[i + 2]!.lower : i + 2 === n ? END : END2;
  const next = s[i + 1] ?? EDGE;
  const first = i === 0 ? 1 : 0;
  out[k++] = f1(11, prev);
  out[k++] = f2(12, prev, prev2);
  out[k++] = f2(13, prev, w);
  out[k++] = f1(14, l1);
  out[k++] = f1(15, l2);
  out[k++] = f1(16, r1);
  out[k++] = f1(17, r2);
  out[k++] = f1(18, i > 0 ? s[i - 1]!.s3 : START);
  out[k++] = f1(19, i + 1 < n ? s[i + 1]!.s3 : END);
  out[k++] = f2(20, l1, w);
  out[k++] = f2(21, w, r1);
  out[k++] = f1(22, first);
  out[k++] = f2(23, first, me.shape);
  out[k++] = f2(24, prev, r1);
  out[k++] = f2(26, prev, me.s3);
  out[k++] = f3(27, prev, w, r1);
  out[k++] = f1(29, next.usual);
  out[k++] = f2(30, next.usual, (s[i + 2] ?? EDGE).usual);
  out[k++] = f2(31, prev, next.usual);
  out[k++] = f2(32, me.usual, next.usual);
  out[k++] = f2(33, w, next.usual);
  out[k++] = f1(36, i + 1 < n ? s[i + 1]!.shape : END);
  out[k++] = f1(40, i > 0 ? s[i - 1]!.c1 : START);
  out[k++] = f1(41, next.c1);
  out[k++] = f2(42, prev, me.c1);
  out[k++] = f2(43, me.c2, next.c1);
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

/**
 * The forms the treebanks tag as auxiliaries (EWT and GUM train, seen at least four times, with the spellings of web
 * text they show: "r", "ca", "wo", "ai", "b", "v"): a closed class, which no other word joins.
 */
const AUXILIARIES = new Set(
  `be am is are was were been being 's ’s ´s 're ’re 'm ’m ´m m r re s ar b
  have has had having 've ’ve ve v 'd ’d d do does did
  will 'll ’ll ll wo would shall should can ca could may might must ought \`s
  get gets got getting ai`.split(/\s+/),
);

/** How many words' codes a tagger keeps (about 250 bytes each, plus their sums once scored). */
const SEEN_WORDS = 20_000;

export class Tagger {
  private readonly tagIds: Int32Array;
  private readonly pairs: Array<{ upos: string; xpos: string }>;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  private readonly acc: Int32Array;
  private readonly seen = new Map<string, WordCodes>();
  private readonly properNoun: number;
  private readonly auxiliary: Uint8Array;
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
    this.properNoun = meta.tags.indexOf('PROPN NNP');
    this.auxiliary = Uint8Array.from(meta.tags, (t) => (t.startsWith('AUX ') ? 1 : 0));
    this.scores = new Float64Array(weights.classes);
    this.acc = new Int32Array(weights.classes);
  }

  /** The class index of each word. */
  tagIndices(words: readonly string[]): number[] {
    const s = words.map((w) => this.codesOf(w));
    const out: number[] = [];
    let prev = START;
    let prev2 = START2;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const tag = this.meta.dictionary[w] ?? (isArticleName(w) && this.properNoun >= 0 ? this.properNoun : this.bestOf(w, s, i, prev, prev2));
      out.push(tag);
      prev2 = prev;
      prev = this.tagIds[tag]!;
    }
    return out;
  }

  /** The highest-scoring class of word i, an auxiliary only if the word is one: a closed class ("Iraqis protested" is no "is"). */
  private bestOf(w: string, s: readonly WordCodes[], i: number, prev: number, prev2: number): number {
    const tag = this.best(s, i, prev, prev2);
    return this.auxiliary[tag] && !AUXILIARIES.has(w.toLowerCase()) ? argmax(this.scores, this.weights.classes, (c) => !this.auxiliary[c]) : tag;
  }

  /** The highest-scoring class of word i. */
  private best(s: readonly WordCodes[], i: number, prev: number, prev2: number): number {
    const { feats, scores, weights } = this;
    const C = weights.classes;
    if (!weights.integer) {
      scores.fill(0);
      weights.score(feats, contextFeatures(s, i, prev, prev2, feats, wordFeatures(s[i]!, feats)), scores);
      return argmax(scores, C);
    }
    // Integer sums add up exactly in any order, so the word's own part is summed once and kept.
    const me = s[i]!;
    if (!me.sums) {
      me.sums = new Int32Array(C);
      weights.sumInto(feats, wordFeatures(me, feats), me.sums);
    }
    const acc = this.acc;
    acc.set(me.sums);
    weights.sumInto(feats, contextFeatures(s, i, prev, prev2, feats, 0), acc);
    // The scale is positive: the integer sums rank the classes as the scores do.
    for (let c = 0; c < C; c++) scores[c] = acc[c]!;
    return argmax(scores, C);
  }

  /** A word's codes, made once and kept for the words seen most recently. */
  private codesOf(word: string): WordCodes {
    let codes = this.seen.get(word);
    if (!codes) {
      if (this.seen.size >= SEEN_WORDS) this.seen.clear();
      codes = wordCodes(word, this.meta.lexicon, this.clusters);
      this.seen.set(word, codes);
    }
    return codes;
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
      const codes = words.map((w) => wordCodes(w, meta.lexicon, clusters));
      let prev = START;
      let prev2 = START2;
      for (let i = 0; i < words.length; i++) {
        const gold = tagIndex.get(tags[i]!)!;
        let guess = meta.dictionary[words[i]!];
        if (guess === undefined) {
          const n = contextFeatures(codes, i, prev, prev2, feats, wordFeatures(codes[i]!, feats));
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
