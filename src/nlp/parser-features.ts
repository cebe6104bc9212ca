import * as hash from './hash.js';
import type { State } from './transitions.js';

// Local bindings: the hot loops call these millions of times.
const { f1, f2, f3, hashString } = hash;

// Feature templates after Zhang & Nivre (2011): words and tags of s0–s2 and
// b0–b2, the leftmost and rightmost children of s0, s1 and b0 with the labels
// the labeller gave them when they were attached, valencies and the s0–b0
// distance.

export const MAX_PARSER_FEATURES = 100;
const NONE = hashString('<none>');
const ROOT = hashString('<root>');

/** Word and tag hashes of a sentence; index n is the root, n + 1 stands for "no word". */
export interface SentenceCodes {
  word: Int32Array;
  tag: Int32Array;
  /** UPOS, more accurate than the XPOS when predicted, as a second view. */
  upos: Int32Array;
}

export function encodeSentence(words: readonly string[], xpos: readonly string[], upos: readonly string[]): SentenceCodes {
  const n = words.length;
  const word = new Int32Array(n + 2);
  const tag = new Int32Array(n + 2);
  const u = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) {
    word[i] = hashString(words[i]!.toLowerCase());
    tag[i] = hashString(xpos[i]!);
    u[i] = hashString(upos[i]!);
  }
  word[n] = tag[n] = u[n] = ROOT;
  word[n + 1] = tag[n + 1] = u[n + 1] = NONE;
  return { word, tag, upos: u };
}

function distance(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(b - a);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

/** A position, or the "no word" index n + 1 when there is none. */
const at = (i: number, none: number) => (i < 0 ? none : i);
/** A child of word i from one of the child arrays, or "no word". */
const child = (arr: Int32Array, i: number, n: number) => (i >= n ? n + 1 : at(arr[i]!, n + 1));

/** The stack and buffer positions whose word alone makes features: s0, s1, s2, b0, b1, b2. */
export const POSITIONS = 6;

/** The word at each of the `POSITIONS` in a state, or the "no word" index n + 1. */
export function positionsOf(st: State, out: Int32Array): void {
  const none = st.n + 1;
  for (let p = 0; p < 3; p++) {
    out[p] = at(st.s(p), none);
    out[3 + p] = at(st.buf(p), none);
  }
}

/**
 * The templates of one word alone at each of the `POSITIONS`: word and tag together, word, tag and UPOS; 0 where a
 * position has none.
 */
const WORD_TEMPLATES = [
  [1, 2, 3, 83], // s0
  [4, 5, 6, 0], // s1
  [0, 0, 15, 0], // s2
  [7, 8, 9, 84], // b0
  [10, 11, 12, 0], // b1
  [13, 0, 14, 0], // b2
] as const;

/** Features of word i alone at one of the `POSITIONS`: the same whenever that word stands there. */
export function wordAtFeatures(position: number, i: number, c: SentenceCodes, out: Int32Array, k: number): number {
  const w = c.word[i]!, t = c.tag[i]!;
  const [wordTag, word, tag, upos] = WORD_TEMPLATES[position]!;
  if (wordTag) out[k++] = f2(wordTag, w, t);
  if (word) out[k++] = f1(word, w);
  out[k++] = f1(tag, t);
  if (upos) out[k++] = f1(upos, c.upos[i]!);
  return k;
}

const positions = new Int32Array(POSITIONS);

/** All the features of a state. */
export function parserFeatures(st: State, c: SentenceCodes, out: Int32Array): number {
  let n = jointFeatures(st, c, out);
  positionsOf(st, positions);
  for (let p = 0; p < POSITIONS; p++) n = wordAtFeatures(p, positions[p]!, c, out, n);
  return n;
}

/** The features of a state that are not of one word alone: pairs and triples, children, distance, valency. */
export function jointFeatures(st: State, c: SentenceCodes, out: Int32Array): number {
  const none = st.n + 1;
  const s0 = at(st.s(0), none);
  const s1 = at(st.s(1), none);
  const s2 = at(st.s(2), none);
  const b0 = at(st.buf(0), none);
  const b1 = at(st.buf(1), none);
  const b2 = at(st.buf(2), none);
  const N = st.n;
  const s0l1 = child(st.lc1, s0, N), s0l2 = child(st.lc2, s0, N), s0r1 = child(st.rc1, s0, N), s0r2 = child(st.rc2, s0, N);
  const s1l1 = child(st.lc1, s1, N), s1r1 = child(st.rc1, s1, N), s1r2 = child(st.rc2, s1, N);
  const b0l1 = child(st.lc1, b0, N), b0l2 = child(st.lc2, b0, N);
  const W = c.word, T = c.tag;
  const s0w = W[s0]!, s0t = T[s0]!, s1w = W[s1]!, s1t = T[s1]!, s2t = T[s2]!;
  const b0w = W[b0]!, b0t = T[b0]!, b1w = W[b1]!, b1t = T[b1]!, b2t = T[b2]!;
  const dist = distance(st.s(0) >= st.n ? -1 : st.s(0), st.buf(0));
  const s0lv = s0 < st.n ? st.lval[s0]! : 0, s0rv = s0 < st.n ? st.rval[s0]! : 0, b0lv = b0 < st.n ? st.lval[b0]! : 0;
  const s1rv = s1 < st.n ? st.rval[s1]! : 0;
  let n = 0;
  out[n++] = f1(0, 0);
  // pairs
  out[n++] = f3(16, s0w, s0t, mix2(b0w, b0t));
  out[n++] = f3(17, s0w, s0t, b0w);
  out[n++] = f3(18, s0w, b0w, b0t);
  out[n++] = f3(19, s0w, s0t, b0t);
  out[n++] = f3(20, s0t, b0w, b0t);
  out[n++] = f2(21, s0w, b0w);
  out[n++] = f2(22, s0t, b0t);
  out[n++] = f2(23, b0t, b1t);
  out[n++] = f2(24, s1t, s0t);
  out[n++] = f2(25, s1w, s0w);
  out[n++] = f3(26, s1w, s0t, s1t);
  out[n++] = f3(27, s1t, s0w, s0t);
  out[n++] = f2(28, s1w, b0w);
  out[n++] = f2(29, s1t, b0t);
  // triples of tags
  out[n++] = f3(30, b0t, b1t, b2t);
  out[n++] = f3(31, s0t, b0t, b1t);
  out[n++] = f3(32, s1t, s0t, b0t);
  out[n++] = f3(33, s2t, s1t, s0t);
  out[n++] = f3(34, s0t, T[s0l1]!, b0t);
  out[n++] = f3(35, s0t, T[s0r1]!, b0t);
  out[n++] = f3(36, s0t, b0t, T[b0l1]!);
  out[n++] = f3(37, s1t, s0t, T[s0l1]!);
  out[n++] = f3(38, s1t, T[s1r1]!, s0t);
  out[n++] = f3(39, s1t, s0t, T[s0r1]!);
  out[n++] = f3(40, s0t, T[s0l1]!, T[s0l2]!);
  out[n++] = f3(41, s0t, T[s0r1]!, T[s0r2]!);
  out[n++] = f3(42, s1t, T[s1r1]!, T[s1r2]!);
  out[n++] = f3(43, b0t, T[b0l1]!, T[b0l2]!);
  out[n++] = f3(44, s1t, T[s1l1]!, s0t);
  // children
  out[n++] = f1(45, W[s0l1]!);
  out[n++] = f1(46, T[s0l1]!);
  out[n++] = f1(47, W[s0r1]!);
  out[n++] = f1(48, T[s0r1]!);
  out[n++] = f1(49, W[b0l1]!);
  out[n++] = f1(50, T[b0l1]!);
  out[n++] = f1(51, W[s1r1]!);
  out[n++] = f1(52, T[s1r1]!);
  out[n++] = f1(53, W[s1l1]!);
  // distance and valency
  out[n++] = f2(54, s0w, dist);
  out[n++] = f2(55, s0t, dist);
  out[n++] = f2(56, b0w, dist);
  out[n++] = f2(57, b0t, dist);
  out[n++] = f3(58, s0w, b0w, dist);
  out[n++] = f3(59, s0t, b0t, dist);
  out[n++] = f2(60, s0w, s0rv);
  out[n++] = f2(61, s0t, s0rv);
  out[n++] = f2(62, s0w, s0lv);
  out[n++] = f2(63, s0t, s0lv);
  out[n++] = f2(64, b0w, b0lv);
  out[n++] = f2(65, b0t, b0lv);
  out[n++] = f2(66, s1t, s1rv);
  out[n++] = f3(67, s0t, b0t, st.sp > 2 ? 1 : 0);
  out[n++] = f2(68, b0t, st.buf(1) < 0 ? 1 : 0);
  out[n++] = f3(69, s0w, b0t, b1t);
  out[n++] = f3(70, s0t, b0w, b1t);
  out[n++] = f3(71, s0t, b0t, b1w);
  out[n++] = f2(72, b0w, b1w);
  // labels the labeller gave to the children already attached
  const L = st.label;
  const s0l1L = L[s0l1]!, s0r1L = L[s0r1]!, b0l1L = L[b0l1]!, s1r1L = L[s1r1]!;
  out[n++] = f1(73, s0l1L);
  out[n++] = f1(74, s0r1L);
  out[n++] = f1(75, b0l1L);
  out[n++] = f1(76, s1r1L);
  out[n++] = f3(77, s0t, s0l1L, L[s0l2]!);
  out[n++] = f3(78, s0t, s0r1L, L[s0r2]!);
  out[n++] = f3(79, b0t, b0l1L, L[b0l2]!);
  out[n++] = f3(80, s1t, s1r1L, L[s1r2]!);
  out[n++] = f3(81, s0w, s0l1L, s0r1L);
  out[n++] = f3(82, s1t, L[s1l1]!, s1r1L);
  const U = c.upos;
  const s0u = U[s0]!, s1u = U[s1]!, b0u = U[b0]!, b1u = U[b1]!;
  out[n++] = f2(85, s0u, b0u);
  out[n++] = f3(86, s1u, s0u, b0u);
  out[n++] = f3(87, s0u, b0u, b1u);
  out[n++] = f2(88, s0w, b0u);
  out[n++] = f2(89, s0u, b0w);
  out[n++] = f3(90, s0u, b0u, dist);
  out[n++] = f3(91, U[s2]!, s1u, s0u);
  return n;
}

const mix2 = (a: number, b: number) => f1(a, b);
