import * as hash from './hash.js';
import type { SentenceCodes } from './parser-features.js';

// Local bindings: the hot loops call these millions of times.
const { f1, f2, f3, hashString } = hash;

// The labeller names each arc of a finished tree. It sees the whole tree, so
// it can use what the transitions could not: every child of the dependent
// (a "by" under a passive agent) and every sibling (an auxiliary "was" beside
// a passive subject). The order of the features is free: a model's weights
// are 16-bit integers times one scale, so their sums are exact in any order.

export const MAX_LABEL_FEATURES = 64;
const MAX_CHILDREN = 8;

export interface Tree {
  /** head[i] for each word, n for the root. */
  head: Int32Array;
  children: number[][];
}

export function treeOf(head: Int32Array, n: number): Tree {
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 0; d < n; d++) children[head[d]!]!.push(d);
  return { head, children };
}

const DIST = (d: number) => (d < 0 ? -Math.min(-d, 6) : Math.min(d, 6));

export function labelFeatures(c: SentenceCodes, upos: Int32Array, tree: Tree, n: number, d: number, out: Int32Array): number {
  const k = stableLabelFeatures(c, upos, tree, n, d, out);
  return k + laterLabelFeatures(c, tree, n, d, out, k);
}

/**
 * The features that are already final when the parser attaches d: d, its head,
 * the direction and every child of d (arc-hybrid attaches a word only once it
 * has all its children). The parse sums their weights once, for the labels it
 * gives as it goes and for the final ones.
 */
export function stableLabelFeatures(c: SentenceCodes, upos: Int32Array, tree: Tree, n: number, d: number, out: Int32Array): number {
  const h = tree.head[d]!;
  const W = c.word, T = c.tag;
  const dw = W[d]!, dt = T[d]!, du = upos[d]!;
  const hw = W[h]!, ht = T[h]!;
  const dir = DIST(h - d);
  let k = 0;
  out[k++] = f1(0, 0);
  out[k++] = f2(1, dw, dt);
  out[k++] = f1(2, dt);
  out[k++] = f1(3, du);
  out[k++] = f2(4, hw, ht);
  out[k++] = f1(5, ht);
  out[k++] = f3(6, dt, ht, dir);
  out[k++] = f3(7, dw, ht, dir);
  out[k++] = f3(8, dt, hw, dir);
  out[k++] = f3(9, dw, hw, dir);
  out[k++] = f2(10, dt, ht);
  out[k++] = f2(12, dir, du);
  out[k++] = f1(13, dw);
  out[k++] = f3(14, du, upos[h < n ? h : n + 1] ?? 0, dir);
  out[k++] = f3(15, dt, ht, tree.children[d]!.length > 0 ? 1 : 0);
  out[k++] = f3(16, dt, d === 0 ? 1 : 0, dir > 0 ? 1 : 0);
  const dc = tree.children[d]!;
  for (let i = 0; i < dc.length && i < MAX_CHILDREN; i++) {
    const x = dc[i]!;
    out[k++] = f3(20, W[x]!, dt, x < d ? 1 : 0);
    out[k++] = f3(21, T[x]!, dt, ht);
  }
  out[k++] = f2(24, dw, d + 1 < n ? W[d + 1]! : 0);
  out[k++] = f2(25, dt, d > 0 ? T[d - 1]! : 0);
  out[k++] = f2(26, dt, d + 1 < n ? T[d + 1]! : 0);
  return k;
}

/** The features that may change after d is attached (the head's own head, d's siblings), written from out[from]; returns how many. */
export function laterLabelFeatures(c: SentenceCodes, tree: Tree, n: number, d: number, out: Int32Array, from: number): number {
  const h = tree.head[d]!;
  const W = c.word, T = c.tag;
  const dt = T[d]!, ht = T[h]!;
  const hh = h < n && tree.head[h]! >= 0 ? tree.head[h]! : n + 1;
  let k = from;
  out[k++] = f3(11, dt, ht, T[hh]!);
  const sib = h < n ? tree.children[h]! : [];
  let added = 0;
  for (let i = 0; i < sib.length && added < MAX_CHILDREN; i++) {
    const x = sib[i]!;
    if (x === d) continue;
    added++;
    out[k++] = f3(22, W[x]!, dt, x < d ? 1 : 0);
    out[k++] = f3(23, T[x]!, dt, (x < d ? 1 : 0) + (x < h ? 2 : 0));
  }
  return k - from;
}

export function encodeUpos(upos: readonly string[]): Int32Array {
  const out = new Int32Array(upos.length + 2);
  upos.forEach((u, i) => (out[i] = hashString(u)));
  out[upos.length] = hashString('<root>');
  out[upos.length + 1] = hashString('<none>');
  return out;
}
