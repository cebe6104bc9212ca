import { f1, f2, f3, hashString } from '../nlp/hash.js';
import { Gazetteer, tokenKey, type GazetteerMatch } from './gazetteer.js';
import { shape } from '../text/shape.js';
import { isArabicArticle } from '../text/article-names.js';
import type { WordClusters } from '../nlp/clusters.js';

// Features of the entity recogniser: the word and its shape, affixes and neighbours, its word clusters, part of
// speech from dyad's tagger, knowledge-base gazetteer matches (also paired with the word's coarse cluster, so that a
// match on a word mostly used as a common noun can weigh less, and with its part of speech and whether it opens the
// sentence or is written in lower case elsewhere in the document, a sign that it is a common word), and the head
// word of the capitalised phrase the word is in.

export const MAX_FEATURES = 59;
const START = hashString('<s>');
const END = hashString('</s>');


export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0]!.toLowerCase() !== word[0]);
}

export interface SentenceInput {
  words: readonly string[];
  upos: readonly string[];
  xpos: readonly string[];
}

/** Per-token values computed once per sentence. */
export interface Prepared {
  n: number;
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  pre: Int32Array[];
  suf: Int32Array[];
  upos: Int32Array;
  xpos: Int32Array;
  /** Gazetteer position and types (0 when in no name). */
  gaz: Int32Array;
  /** Bits: 1 surname, 2 nationality adjective, 4 title word, 8 seen in lower case in the document, 16 first word. */
  flags: Int32Array;
  /** Whether each word begins with a capital letter or a digit. */
  caps: Uint8Array;
  /** Types of the knowledge-base names each word is part of (Gazetteer.nameWordTypes). */
  nameWords: Int32Array;
  /** Word cluster codes, coarse to fine. */
  cluster: Int32Array[];
  /** Index of the head word of the capitalised phrase each word is in (-1 outside one): see capitalisedPhrases. */
  phraseHead: Int32Array;
  /** Position of each word in its capitalised phrase: 0 alone or outside, 1 first, 2 inside, 3 last. */
  phrasePos: Int32Array;
  /** Whether each word's capitalised phrase has an "of" or "for" inside ("Bank of Scotland"). */
  phraseOf: Uint8Array;
  /** The gazetteer's names over the sentence, place names included. */
  matches: GazetteerMatch[];
}

/** Lower-cased words that occur in lower case somewhere in the document. */
export function lowerCaseWords(sentences: ReadonlyArray<readonly string[]>): Set<string> {
  const seen = new Set<string>();
  for (const words of sentences) for (const w of words) if (w.length > 1 && w === w.toLowerCase() && w !== w.toUpperCase()) seen.add(w);
  return seen;
}

/** What prepare computes of a word alone: the same for every occurrence, so kept per word. */
interface WordInfo {
  hashes: Int32Array;
  key: string;
  caps: boolean;
  /** Flags 1, 2 and 4 (see Prepared.flags). */
  flags: number;
  nameWords: number;
}

const WORD_HASHES = 13;
const MAX_CACHED = 200_000;

/** Word information by word, bounded (it is cleared when full): most of the words of news are frequent ones. */
export class WordCache {
  private readonly words = new Map<string, WordInfo>();
  constructor(
    readonly gazetteer: Gazetteer,
    private readonly clusters?: WordClusters,
  ) {}

  get(w: string): WordInfo {
    let info = this.words.get(w);
    if (info) return info;
    const l = w.toLowerCase();
    const hashes = new Int32Array(WORD_HASHES);
    hashes[0] = hashString(w);
    hashes[1] = hashString(l);
    hashes[2] = hashString(shape(w));
    for (let k = 0; k < 3; k++) hashes[3 + k] = hashString(l.slice(0, k + 1));
    for (let k = 0; k < 4; k++) hashes[6 + k] = hashString(l.slice(-(k + 1)));
    if (this.clusters) {
      const at = this.clusters.find(l);
      for (let g = 0; g < 3; g++) hashes[10 + g] = this.clusters.code(at, g);
    }
    const key = tokenKey(w);
    let flags = 0;
    if (this.gazetteer.isSurname(key)) flags |= 1;
    if (this.gazetteer.isAdjective(key)) flags |= 2;
    if (this.gazetteer.isTitle(key)) flags |= 4;
    info = { hashes, key, caps: isCapitalised(w) || (w.length > 1 && /^[A-Z0-9]/.test(w)), flags, nameWords: this.gazetteer.nameWordTypes(key) };
    if (this.words.size >= MAX_CACHED) this.words.clear();
    this.words.set(w, info);
    return info;
  }
}

export function prepare(input: SentenceInput, lowerSeen: ReadonlySet<string>, cache: WordCache): Prepared {
  const { words } = input;
  const n = words.length;
  const p: Prepared = {
    n,
    word: new Int32Array(n),
    lower: new Int32Array(n),
    shape: new Int32Array(n),
    pre: [new Int32Array(n), new Int32Array(n), new Int32Array(n)],
    suf: [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n)],
    upos: new Int32Array(n),
    xpos: new Int32Array(n),
    gaz: new Int32Array(n),
    flags: new Int32Array(n),
    caps: new Uint8Array(n),
    nameWords: new Int32Array(n),
    cluster: [new Int32Array(n), new Int32Array(n), new Int32Array(n)],
    phraseHead: new Int32Array(n).fill(-1),
    phrasePos: new Int32Array(n),
    phraseOf: new Uint8Array(n),
    matches: [],
  };
  const keys: string[] = new Array(n);
  const caps: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const info = cache.get(w);
    const h = info.hashes;
    p.word[i] = h[0]!;
    p.lower[i] = h[1]!;
    p.shape[i] = h[2]!;
    for (let k = 0; k < 3; k++) p.pre[k]![i] = h[3 + k]!;
    for (let k = 0; k < 4; k++) p.suf[k]![i] = h[6 + k]!;
    for (let g = 0; g < 3; g++) p.cluster[g]![i] = h[10 + g]!;
    p.upos[i] = hashString(input.upos[i] ?? '');
    p.xpos[i] = hashString(input.xpos[i] ?? '');
    keys[i] = info.key;
    caps[i] = info.caps;
    p.caps[i] = info.caps ? 1 : 0;
    p.nameWords[i] = info.nameWords;
    let flags = info.flags | (i === 0 ? 16 : 0);
    if (info.caps && lowerSeen.has(w.toLowerCase())) flags |= 8;
    p.flags[i] = flags;
  }
  // An Arabic article split off by a hyphen ("al - Qaeda", as UD tokenizes) opens the name after it.
  const joiners: boolean[] = new Array(n).fill(false);
  for (let i = 0; i + 2 < n; i++) {
    if (words[i + 1] === '-' && caps[i + 2] && isArabicArticle(words[i]!)) {
      caps[i] = true;
      p.caps[i] = 1;
      joiners[i + 1] = true;
    }
  }
  capitalisedPhrases(words, caps, p);
  p.matches = cache.gazetteer.match(words, { keys, capitalised: caps, joiners, places: true });
  for (const m of p.matches) {
    for (let i = m.start; i < m.end; i++) {
      const pos = m.end - m.start === 1 ? 0 : i === m.start ? 1 : i === m.end - 1 ? 3 : 2;
      p.gaz[i] = 1 + pos * 64 + m.types;
    }
  }
  return p;
}

/** Fills `out` with the features of token `i` given the previous two predicted tags; returns their number. */
export function features(p: Prepared, i: number, prev: number, prev2: number, out: Int32Array): number {
  const lw = p.lower[i]!;
  const sh = p.shape[i]!;
  let n = 0;
  out[n++] = f1(0, 0);
  out[n++] = f1(1, lw);
  out[n++] = f1(2, p.word[i]!);
  out[n++] = f1(3, sh);
  for (let k = 0; k < 3; k++) out[n++] = f1(4 + k, p.pre[k]![i]!);
  for (let k = 0; k < 4; k++) out[n++] = f1(7 + k, p.suf[k]![i]!);
  out[n++] = f1(11, at(p, p.lower, i - 1));
  out[n++] = f1(12, at(p, p.lower, i + 1));
  out[n++] = f1(13, at(p, p.lower, i - 2));
  out[n++] = f1(14, at(p, p.lower, i + 2));
  out[n++] = f2(15, at(p, p.shape, i - 1), sh);
  out[n++] = f2(16, sh, at(p, p.shape, i + 1));
  out[n++] = f1(17, p.upos[i]!);
  out[n++] = f1(18, p.xpos[i]!);
  out[n++] = f1(19, at(p, p.xpos, i - 1));
  out[n++] = f1(20, at(p, p.xpos, i + 1));
  out[n++] = f3(21, at(p, p.upos, i - 1), p.upos[i]!, at(p, p.upos, i + 1));
  out[n++] = f1(22, gazAt(p, i));
  out[n++] = f1(23, gazAt(p, i - 1));
  out[n++] = f1(24, gazAt(p, i + 1));
  out[n++] = f2(25, gazAt(p, i), sh);
  out[n++] = f2(26, p.flags[i]!, sh);
  out[n++] = f2(27, flagAt(p, i - 1), flagAt(p, i + 1));
  out[n++] = f2(28, flagAt(p, i - 1) & 7, sh);
  out[n++] = f2(29, flagAt(p, i + 1) & 7, sh);
  out[n++] = f1(30, prev);
  out[n++] = f2(31, prev, prev2);
  out[n++] = f2(32, prev, lw);
  out[n++] = f2(33, prev, sh);
  out[n++] = f2(34, at(p, p.lower, i - 1), lw);
  out[n++] = f2(35, lw, at(p, p.lower, i + 1));
  out[n++] = f2(36, prev, p.upos[i]!);
  out[n++] = f2(37, prev, gazAt(p, i));
  out[n++] = f2(38, at(p, p.shape, i - 1), at(p, p.shape, i + 1));
  out[n++] = f2(39, p.suf[2]![i]!, sh);
  out[n++] = f2(40, at(p, p.lower, i - 1), sh);
  out[n++] = f2(41, sh, at(p, p.lower, i + 1));
  out[n++] = f2(42, p.nameWords[i]!, sh);
  out[n++] = f1(43, i > 0 ? p.nameWords[i - 1]! : -1);
  out[n++] = f1(44, i + 1 < p.n ? p.nameWords[i + 1]! : -1);
  const [c0, c1, c2] = p.cluster as [Int32Array, Int32Array, Int32Array];
  out[n++] = f2(45, c0[i]!, sh);
  out[n++] = f2(46, c1[i]!, sh);
  out[n++] = f2(47, c2[i]!, sh);
  out[n++] = f2(48, at(p, c1, i - 1), sh);
  out[n++] = f2(49, at(p, c1, i + 1), sh);
  out[n++] = f2(50, prev, c2[i]!);
  out[n++] = f2(51, gazAt(p, i), c0[i]!);
  out[n++] = f3(52, gazAt(p, i), p.flags[i]! & 24, p.upos[i]!);
  const head = p.phraseHead[i]!;
  if (head >= 0) {
    const pos = p.phrasePos[i]! * 2 + p.phraseOf[i]!;
    out[n++] = f2(53, p.lower[head]!, pos);
    out[n++] = f2(54, p.nameWords[head]!, pos);
    out[n++] = f2(55, c1[head]!, pos);
  }
  return n;
}

// Words that join the capitalised words of one name ("Bank of Scotland", "Procter & Gamble", "Ministry for the
// Environment"). A name's head is its last word before "of" or "for" (Council in "Real Estate Council of Ontario"),
// else its last word: what kind of name it is shows there, which a word-by-word window cannot see from "Ontario".
export const LINK_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'al']);
const HEAD_ENDS = new Set(['of', 'for']);

/** Fills phraseHead, phrasePos and phraseOf for the runs of two or more capitalised words in a sentence. */
function capitalisedPhrases(words: readonly string[], caps: readonly boolean[], p: Prepared): void {
  const n = words.length;
  let i = 0;
  while (i < n) {
    if (!caps[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < n && caps[end]) end++;
      else if (end + 1 < n && LINK_WORDS.has(words[end]!) && (caps[end + 1] || (end + 2 < n && LINK_WORDS.has(words[end + 1]!) && caps[end + 2]))) end += 2;
      else break;
    }
    if (end - i >= 2) {
      let head = end - 1;
      let hasOf = 0;
      for (let k = i + 1; k < end; k++) {
        if (HEAD_ENDS.has(words[k]!)) {
          head = k - 1;
          hasOf = 1;
          break;
        }
      }
      for (let k = i; k < end; k++) {
        p.phraseHead[k] = head;
        p.phrasePos[k] = k === i ? 1 : k === end - 1 ? 3 : 2;
        p.phraseOf[k] = hasOf;
      }
    }
    i = Math.max(end, i + 1);
  }
}

export interface CapitalisedPhrase {
  start: number;
  end: number;
  /** Index of the phrase's head word: its last before "of" or "for", else its last. */
  head: number;
}

/** The runs of two or more capitalised words found by `prepare`, with their heads. */
export function capitalisedPhrasesOf(p: Prepared): CapitalisedPhrase[] {
  const phrases: CapitalisedPhrase[] = [];
  for (let i = 0; i < p.n; ) {
    const head = p.phraseHead[i]!;
    let end = i + 1;
    if (head >= 0) {
      while (end < p.n && p.phraseHead[end] === head) end++;
      phrases.push({ start: i, end, head });
    }
    i = end;
  }
  return phrases;
}

function at(p: Prepared, a: Int32Array, k: number): number {
  return k < 0 ? START : k >= p.n ? END : a[k]!;
}

function gazAt(p: Prepared, k: number): number {
  return k < 0 || k >= p.n ? -1 : p.gaz[k]!;
}

function flagAt(p: Prepared, k: number): number {
  return k < 0 || k >= p.n ? -1 : p.flags[k]!;
}
