// Averaged perceptron over hashed features. Training keeps dense tables of
// 2^bits rows × classes; the trained model keeps only the rows that changed,
// as (class, weight) pairs, which is what `Weights` scores with.

export interface WeightsData {
  bits: number;
  classes: number;
  /** Slots (feature hash & mask) that have weights, ascending. */
  slots: Uint32Array;
  /** rowStart[r]..rowStart[r+1] index the pairs of slots[r]. */
  rowStart: Uint32Array;
  cls: Uint8Array;
  val: Float32Array;
  /** When the weights come from a model file: `val[p]` is `Math.fround(q[p] * scale)`, stored in half the memory. */
  quantised?: { q: Int16Array; scale: number };
}

/**
 * A trained model: scores the classes of a feature vector. A rank index finds
 * the row of a slot without probing: for each 32 slots, a bitmap of those that
 * have weights and the number of rows before them. The index (2 MB for 2^23
 * slots, 128 kB for 2^19) mostly stays in cache, so a feature never seen in
 * training costs no trip to memory, and one that was costs one or two. With at
 * most three classes (the parser's transitions) a row holds a weight for each
 * class; with more, (class, weight) pairs. Weights read from a model file stay
 * 16-bit integers with one scale, half the memory; their sums are exact
 * integers, scaled once per vector.
 */
export class Weights {
  readonly mask: number;
  readonly classes: number;
  /** [bitmap, rows before] for each 32 slots. */
  private readonly index: Int32Array;
  /** Few classes: `classes` weights per row. */
  private readonly dense: Float32Array | Int16Array;
  /** Many classes: rowStart[r]..rowStart[r + 1] index the pairs of row r. */
  private readonly rowStart: Uint32Array;
  /** Many classes: class << 16 | quantised weight, or the class alone when `val` holds the weights. */
  private readonly pairs: Int32Array;
  private readonly val: Float32Array;
  /** The factor of the quantised weights, 0 when the weights are float32 values. */
  private readonly scale: number;
  // Keeps only its own tables, not `data`, whose arrays may be views into a whole model file.
  constructor(data: WeightsData) {
    this.mask = (1 << data.bits) - 1;
    const C = (this.classes = data.classes);
    const { slots, rowStart, cls } = data;
    const q = data.quantised;
    this.scale = q ? q.scale : 0;
    // Reads `val` only when there are no quantised weights: a model file's are made on demand.
    const val = q ? new Float32Array(0) : data.val;
    let rows = 0;
    for (let r = 0; r < slots.length; r++) if (rowStart[r + 1]! > rowStart[r]!) rows++;
    const pairs = rowStart[slots.length]! - rowStart[0]!;
    const index = new Int32Array(2 * Math.max(1, (1 << data.bits) >>> 5));
    const few = C <= 3;
    const dense = few ? (q ? new Int16Array(rows * C) : new Float32Array(rows * C)) : new Float32Array(0);
    const start = new Uint32Array(few ? 0 : rows + 1);
    const packed = new Int32Array(few ? 0 : pairs);
    const values = new Float32Array(few || q ? 0 : pairs);
    let row = 0;
    let used = 0;
    for (let r = 0; r < slots.length; r++) {
      const from = rowStart[r]!;
      const end = rowStart[r + 1]!;
      if (end === from) continue;
      if (few) {
        const base = row * C;
        if (q) for (let p = from; p < end; p++) dense[base + cls[p]!] = q.q[p]!;
        else for (let p = from; p < end; p++) dense[base + cls[p]!] = val[p]!;
      } else if (q) {
        for (let p = from; p < end; p++) packed[used++] = (cls[p]! << 16) | (q.q[p]! & 0xffff);
      } else {
        for (let p = from; p < end; p++) {
          packed[used] = cls[p]!;
          values[used++] = val[p]!;
        }
      }
      const slot = slots[r]!;
      index[2 * (slot >>> 5)]! |= 1 << (slot & 31);
      row++;
      if (!few) start[row] = used;
    }
    for (let w = 0, before = 0; w < index.length / 2; w++) {
      index[2 * w + 1] = before;
      before += popcount(index[2 * w]!);
    }
    this.index = index;
    this.dense = dense;
    this.rowStart = start;
    this.pairs = packed;
    this.val = values;
  }

  /** Whether the weights are 16-bit integers, whose sums (`sumInto`) are exact in any order. */
  get integer(): boolean {
    return this.scale !== 0;
  }

  /** Adds the integer sums of the quantised weights of `features[0..n)` into `acc`; `score` is these times a positive scale. */
  sumInto(features: Int32Array, n: number, acc: Int32Array): void {
    if (!this.scale) throw new Error('Only quantised weights have integer sums');
    if (this.classes === 3) sumThreeQuantised(this.index, this.dense as Int16Array, this.mask, features, n, acc);
    else if (this.classes < 3) sumFew(this.index, this.dense, this.classes, this.mask, features, n, acc);
    else sumPairsQuantised(this.index, this.rowStart, this.pairs, this.mask, features, n, acc);
  }

  /** Adds the weights of `features[0..n)` into `scores` (which the caller zeroes). */
  score(features: Int32Array, n: number, scores: Float64Array): void {
    // One monomorphic loop per layout, so that each stays fast in V8.
    const { mask, classes, index, scale, dense } = this;
    if (classes === 3 && scale) scoreThreeQuantised(index, dense as Int16Array, scale, mask, features, n, scores);
    else if (classes <= 3) scoreFew(index, dense, scale, classes, mask, features, n, scores);
    else if (scale) scorePairsQuantised(index, this.rowStart, this.pairs, scale, classes, mask, features, n, scores);
    else scorePairs(index, this.rowStart, this.pairs, this.val, mask, features, n, scores);
  }
}

/** The row of a slot, or -1 when it has no weights. */
function rowOf(index: Int32Array, slot: number): number {
  const w = (slot >>> 5) << 1;
  const bits = index[w]!;
  const bit = slot & 31;
  if (((bits >>> bit) & 1) === 0) return -1;
  return index[w + 1]! + popcount(bits & ((1 << bit) - 1));
}

// The rows of a feature vector's features, found before any weight is read: the index reads
// then the weight reads each run back to back, and the memory latencies overlap.
let rowBuffer = new Int32Array(256);

function rowsOf(index: Int32Array, mask: number, features: Int32Array, n: number): number {
  if (rowBuffer.length < n) rowBuffer = new Int32Array(2 * n);
  const rows = rowBuffer;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const row = rowOf(index, features[i]! & mask);
    if (row >= 0) rows[m++] = row;
  }
  return m;
}

function scoreThreeQuantised(index: Int32Array, dense: Int16Array, scale: number, mask: number, features: Int32Array, n: number, scores: Float64Array): void {
  const acc = sumsOf(3);
  sumThreeQuantised(index, dense, mask, features, n, acc);
  for (let k = 0; k < 3; k++) scores[k]! += acc[k]! * scale;
}

function sumThreeQuantised(index: Int32Array, dense: Int16Array, mask: number, features: Int32Array, n: number, acc: Int32Array): void {
  const m = rowsOf(index, mask, features, n);
  const rows = rowBuffer;
  let a = 0, b = 0, c = 0;
  for (let j = 0; j < m; j++) {
    const r = 3 * rows[j]!;
    a += dense[r]!;
    b += dense[r + 1]!;
    c += dense[r + 2]!;
  }
  acc[0]! += a;
  acc[1]! += b;
  acc[2]! += c;
}

function scoreFew(index: Int32Array, dense: Float32Array | Int16Array, scale: number, classes: number, mask: number, features: Int32Array, n: number, scores: Float64Array): void {
  const acc = scale ? sumsOf(classes) : scores;
  sumFew(index, dense, classes, mask, features, n, acc);
  if (scale) for (let k = 0; k < classes; k++) scores[k]! += acc[k]! * scale;
}

function sumFew(index: Int32Array, dense: Float32Array | Int16Array, classes: number, mask: number, features: Int32Array, n: number, acc: Int32Array | Float64Array): void {
  for (let i = 0; i < n; i++) {
    const row = rowOf(index, features[i]! & mask);
    if (row < 0) continue;
    const r = classes * row;
    for (let k = 0; k < classes; k++) acc[k]! += dense[r + k]!;
  }
}

// Quantised weights are summed as integers, exactly, and scaled once.
let sums = new Int32Array(256);

function sumsOf(classes: number): Int32Array {
  if (sums.length < classes) sums = new Int32Array(classes);
  sums.fill(0, 0, classes);
  return sums;
}

function scorePairsQuantised(index: Int32Array, rowStart: Uint32Array, pairs: Int32Array, scale: number, C: number, mask: number, features: Int32Array, n: number, scores: Float64Array): void {
  const acc = sumsOf(C);
  sumPairsQuantised(index, rowStart, pairs, mask, features, n, acc);
  for (let c = 0; c < C; c++) scores[c]! += acc[c]! * scale;
}

function sumPairsQuantised(index: Int32Array, rowStart: Uint32Array, pairs: Int32Array, mask: number, features: Int32Array, n: number, acc: Int32Array): void {
  const m = rowsOf(index, mask, features, n);
  const rows = rowBuffer;
  for (let j = 0; j < m; j++) {
    const r = rows[j]!;
    for (let p = rowStart[r]!, end = rowStart[r + 1]!; p < end; p++) {
      const v = pairs[p]!;
      acc[v >>> 16]! += (v << 16) >> 16;
    }
  }
}

function scorePairs(index: Int32Array, rowStart: Uint32Array, pairs: Int32Array, val: Float32Array, mask: number, features: Int32Array, n: number, scores: Float64Array): void {
  const m = rowsOf(index, mask, features, n);
  const rows = rowBuffer;
  for (let j = 0; j < m; j++) {
    const r = rows[j]!;
    for (let p = rowStart[r]!, end = rowStart[r + 1]!; p < end; p++) scores[pairs[p]!]! += val[p]!;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export class PerceptronTrainer {
  readonly mask: number;
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private step = 1;
  constructor(
    readonly bits: number,
    readonly classes: number,
  ) {
    if (classes > 255) throw new Error(`Too many classes (${classes}) for one-byte class ids`);
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * classes);
    this.u = new Float64Array((1 << bits) * classes);
  }

  score(features: Int32Array, n: number, scores: Float64Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const base = (features[i]! & this.mask) * C;
      for (let c = 0; c < C; c++) scores[c]! += this.w[base + c]!;
    }
  }

  /** Counts one training example; updates only when the prediction was wrong. */
  update(features: Int32Array, n: number, gold: number, predicted: number): void {
    if (gold !== predicted) {
      const C = this.classes;
      for (let i = 0; i < n; i++) {
        const base = (features[i]! & this.mask) * C;
        this.w[base + gold]! += 1;
        this.u[base + gold]! += this.step;
        this.w[base + predicted]! -= 1;
        this.u[base + predicted]! -= this.step;
      }
    }
    this.step++;
  }

  /** The averaged weights, without the rows and pairs whose magnitude is below `prune`. */
  finish(prune = 1e-3): WeightsData {
    const C = this.classes;
    return sparseWeights(this.bits, C, (i) => this.w[i]! - this.u[i]! / this.step, prune);
  }
}

/**
 * The mean of models trained on the same features with different seeds (the order of the training examples):
 * a greedy perceptron's weights depend on that order, and the mean depends less on it than any one of them.
 */
export function averageWeights(models: readonly WeightsData[], prune = 1e-3): WeightsData {
  const { bits, classes: C } = models[0]!;
  if (models.some((m) => m.bits !== bits || m.classes !== C)) throw new Error('Models of different shapes cannot be averaged');
  const dense = new Float32Array((1 << bits) * C);
  for (const m of models) {
    for (let r = 0; r < m.slots.length; r++) {
      for (let p = m.rowStart[r]!; p < m.rowStart[r + 1]!; p++) dense[m.slots[r]! * C + m.cls[p]!]! += m.val[p]! / models.length;
    }
  }
  return sparseWeights(bits, C, (i) => dense[i]!, prune);
}

/** The rows of 2^bits × classes weights (`weight(row * classes + class)`) that hold one of magnitude `prune` or more. */
function sparseWeights(bits: number, C: number, weight: (i: number) => number, prune: number): WeightsData {
  const slots: number[] = [];
  const rowStart: number[] = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < 1 << bits; r++) {
    const before = cls.length;
    for (let c = 0; c < C; c++) {
      const v = weight(r * C + c);
      if (Math.abs(v) >= prune) {
        cls.push(c);
        val.push(v);
      }
    }
    if (cls.length > before) {
      slots.push(r);
      rowStart.push(cls.length);
    }
  }
  return { bits, classes: C, slots: Uint32Array.from(slots), rowStart: Uint32Array.from(rowStart), cls: Uint8Array.from(cls), val: Float32Array.from(val) };
}

/** Index of the highest score among the classes allowed by `allowed` (all when null). */
export function argmax(scores: Float64Array, n: number, allowed: ((c: number) => boolean) | null = null): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < n; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}
