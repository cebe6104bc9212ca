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
}

/**
 * A trained model: scores the classes of a feature vector. With many classes,
 * `rowOf` maps a slot straight to its row in one array of [count, class,
 * weight, class, weight, ...]. With at most three (the parser's transitions),
 * an open-addressing table holds [slot + 1, w0, w1, w2] entries, so that a
 * feature costs one cache line rather than two memory reads.
 */
export class Weights {
  readonly mask: number;
  readonly classes: number;
  private readonly rowOf: Int32Array;
  private readonly rows: Float32Array;
  private readonly table: Float32Array;
  private readonly tableMask: number;
  // Keeps only its own tables, not `data`, whose arrays may be views into a whole model file.
  constructor(data: WeightsData, minWeight = 0) {
    this.mask = (1 << data.bits) - 1;
    this.classes = data.classes;
    const { slots, rowStart, cls, val } = data;
    const keep = (p: number) => Math.abs(val[p]!) >= minWeight;
    if (data.classes <= 3) {
      let kept = 0;
      for (let r = 0; r < slots.length; r++) {
        let p = rowStart[r]!;
        while (p < rowStart[r + 1]! && !keep(p)) p++;
        if (p < rowStart[r + 1]!) kept++;
      }
      // A load factor under 0.77 keeps probe runs short.
      let capacity = 1024;
      while (capacity < kept * 1.3) capacity *= 2;
      const table = new Float32Array(capacity * 4);
      for (let r = 0; r < slots.length; r++) {
        let e = -1;
        for (let p = rowStart[r]!, end = rowStart[r + 1]!; p < end; p++) {
          if (!keep(p)) continue;
          if (e < 0) {
            e = slots[r]! & (capacity - 1);
            while (table[4 * e] !== 0) e = (e + 1) & (capacity - 1);
            table[4 * e] = slots[r]! + 1;
          }
          table[4 * e + 1 + cls[p]!] = val[p]!;
        }
      }
      this.table = table;
      this.tableMask = capacity - 1;
      this.rowOf = new Int32Array(0);
      this.rows = new Float32Array(0);
      return;
    }
    this.table = new Float32Array(0);
    this.tableMask = 0;
    const rowOf = new Int32Array(1 << data.bits).fill(-1);
    const rows = new Float32Array(val.length * 2 + slots.length);
    let used = 0;
    for (let r = 0; r < slots.length; r++) {
      const at = used++;
      for (let p = rowStart[r]!, end = rowStart[r + 1]!; p < end; p++) {
        if (!keep(p)) continue;
        rows[used++] = cls[p]!;
        rows[used++] = val[p]!;
      }
      if (used === at + 1) used = at;
      else {
        rows[at] = (used - at - 1) / 2;
        rowOf[slots[r]!] = at;
      }
    }
    this.rowOf = rowOf;
    this.rows = used === rows.length ? rows : rows.slice(0, used);
  }

  /** Adds the weights of `features[0..n)` into `scores` (which the caller zeroes). */
  score(features: Int32Array, n: number, scores: Float64Array): void {
    const { mask, classes } = this;
    if (this.table.length) {
      const { table, tableMask } = this;
      for (let i = 0; i < n; i++) {
        const slot = features[i]! & mask;
        let e = slot & tableMask;
        let k: number;
        while ((k = table[4 * e]!) !== slot + 1) {
          if (k === 0) break;
          e = (e + 1) & tableMask;
        }
        if (k === 0) continue;
        for (let c = 0; c < classes; c++) scores[c]! += table[4 * e + 1 + c]!;
      }
      return;
    }
    const { rowOf, rows } = this;
    for (let i = 0; i < n; i++) {
      let p = rowOf[features[i]! & mask]!;
      if (p < 0) continue;
      const end = p + 1 + 2 * rows[p]!;
      for (p++; p < end; p += 2) scores[rows[p]!]! += rows[p + 1]!;
    }
  }
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
    const rows = 1 << this.bits;
    const slots: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (let r = 0; r < rows; r++) {
      const before = cls.length;
      for (let c = 0; c < C; c++) {
        const i = r * C + c;
        const avg = this.w[i]! - this.u[i]! / this.step;
        if (Math.abs(avg) >= prune) {
          cls.push(c);
          val.push(avg);
        }
      }
      if (cls.length > before) {
        slots.push(r);
        rowStart.push(cls.length);
      }
    }
    return { bits: this.bits, classes: C, slots: Uint32Array.from(slots), rowStart: Uint32Array.from(rowStart), cls: Uint8Array.from(cls), val: Float32Array.from(val) };
  }
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
