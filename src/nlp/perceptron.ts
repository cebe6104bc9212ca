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
 * A trained model: scores the classes of a feature vector. `rowOf` maps a
 * slot straight to its row in one array of [count, class, weight, class,
 * weight, ...] (or of one weight per class when there are few classes), so
 * that a feature costs two memory reads.
 */
export class Weights {
  readonly mask: number;
  readonly classes: number;
  private readonly rowOf: Int32Array;
  private readonly rows: Float32Array;
  private readonly dense: boolean;
  // Keeps only its own tables, not `data`, whose arrays may be views into a whole model file.
  constructor(data: WeightsData, minWeight = 0) {
    this.mask = (1 << data.bits) - 1;
    this.classes = data.classes;
    const { slots, rowStart, cls, val } = data;
    const rowOf = new Int32Array(1 << data.bits).fill(-1);
    // Few classes (the parser's three transitions): dense rows, without class ids.
    this.dense = data.classes <= 4;
    const rows = new Float32Array(this.dense ? slots.length * data.classes : val.length * 2 + slots.length);
    let used = 0;
    for (let r = 0; r < slots.length; r++) {
      const at = used;
      let kept = 0;
      if (!this.dense) used++;
      for (let p = rowStart[r]!, end = rowStart[r + 1]!; p < end; p++) {
        if (Math.abs(val[p]!) < minWeight) continue;
        kept++;
        if (this.dense) rows[at + cls[p]!] = val[p]!;
        else {
          rows[used++] = cls[p]!;
          rows[used++] = val[p]!;
        }
      }
      if (!kept) {
        if (this.dense) rows.fill(0, at, at + data.classes);
        used = at;
        continue;
      }
      if (this.dense) used = at + data.classes;
      else rows[at] = kept;
      rowOf[slots[r]!] = at;
    }
    this.rowOf = rowOf;
    this.rows = used === rows.length ? rows : rows.slice(0, used);
  }

  /** Adds the weights of `features[0..n)` into `scores` (which the caller zeroes). */
  score(features: Int32Array, n: number, scores: Float64Array): void {
    const { rowOf, rows, mask, classes } = this;
    if (this.dense) {
      for (let i = 0; i < n; i++) {
        const p = rowOf[features[i]! & mask]!;
        if (p >= 0) for (let c = 0; c < classes; c++) scores[c]! += rows[p + c]!;
      }
      return;
    }
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
