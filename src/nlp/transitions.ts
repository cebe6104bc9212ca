// The arc-hybrid transition system (Kuhlmann et al. 2011) with the dynamic
// oracle of Goldberg & Nivre (2013). The root is a virtual word at index n at
// the bottom of the stack; it may take its dependent only once the buffer is
// empty, so that every tree has exactly one root word.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTIONS = 3;

export class State {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly head: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly lval: Int32Array;
  readonly rval: Int32Array;
  /** Label class of each attached word (given by the labeller as arcs are made), -1 before. */
  readonly label: Int32Array;
  readonly children: number[][];
  /** The word the last LEFT or RIGHT attached. */
  lastAttached = -1;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.stack[this.sp++] = n;
    this.head = new Int32Array(n + 1).fill(-1);
    this.lc1 = new Int32Array(n + 1).fill(-1);
    this.lc2 = new Int32Array(n + 1).fill(-1);
    this.rc1 = new Int32Array(n + 1).fill(-1);
    this.rc2 = new Int32Array(n + 1).fill(-1);
    this.lval = new Int32Array(n + 1);
    this.rval = new Int32Array(n + 1);
    this.label = new Int32Array(n + 2).fill(-1);
    this.children = Array.from({ length: n + 1 }, () => []);
  }

  get done(): boolean {
    return this.b >= this.n && this.sp === 1;
  }

  /** Stack item k from the top (0 = s0), or -1. */
  s(k: number): number {
    return k < this.sp ? this.stack[this.sp - 1 - k]! : -1;
  }

  /** Buffer item k (0 = b0), or -1. */
  buf(k: number): number {
    return this.b + k < this.n ? this.b + k : -1;
  }

  legal(action: number): boolean {
    if (action === SHIFT) return this.b < this.n;
    if (action === LEFT) return this.b < this.n && this.sp >= 2;
    // RIGHT: s1 takes s0; the root takes its one dependent only at the end.
    return this.sp >= 2 && (this.sp > 2 || this.b >= this.n);
  }

  apply(action: number): void {
    if (action === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (action === LEFT) {
      this.attach(this.b, this.stack[--this.sp]!);
    } else {
      const d = this.stack[--this.sp]!;
      this.attach(this.stack[this.sp - 1]!, d);
    }
  }

  /** Moves an attached word to another head once parsing is done (the transition features are not updated). */
  reattach(d: number, h: number): void {
    const before = this.children[this.head[d]!]!;
    before.splice(before.indexOf(d), 1);
    this.head[d] = h;
    insertSorted(this.children[h]!, d);
  }

  private attach(h: number, d: number): void {
    this.head[d] = h;
    this.lastAttached = d;
    insertSorted(this.children[h]!, d);
    if (d < h) {
      this.lval[h]!++;
      if (this.lc1[h] === -1 || d < this.lc1[h]!) {
        this.lc2[h] = this.lc1[h]!;
        this.lc1[h] = d;
      } else if (this.lc2[h] === -1 || d < this.lc2[h]!) this.lc2[h] = d;
    } else {
      this.rval[h]!++;
      if (this.rc1[h] === -1 || d > this.rc1[h]!) {
        this.rc2[h] = this.rc1[h]!;
        this.rc1[h] = d;
      } else if (this.rc2[h] === -1 || d > this.rc2[h]!) this.rc2[h] = d;
    }
  }

  /** Gold arcs that `action` makes unreachable (gold[i] is the head of i, n for the root). */
  cost(action: number, gold: Int32Array): number {
    const n = this.n;
    if (action === SHIFT) {
      const b = this.b;
      let c = 0;
      for (let k = 0; k < this.sp; k++) {
        const x = this.stack[k]!;
        if (k < this.sp - 1 && gold[b] === x) c++;
        if (x < n && gold[x] === b) c++;
      }
      return c;
    }
    const s0 = this.s(0);
    let c = 0;
    for (let d = this.b; d < n; d++) if (gold[d] === s0) c++;
    const h = gold[s0]!;
    if (action === LEFT) {
      if (h === this.s(1) || (h > this.b && h < n)) c++;
    } else if (h >= this.b && h < n) c++;
    return c;
  }
}

function insertSorted(list: number[], d: number): void {
  let at = list.length;
  while (at > 0 && list[at - 1]! > d) at--;
  list.splice(at, 0, d);
}

/** True when the tree (heads with n for the root) has no crossing arcs. */
export function isProjective(gold: Int32Array, n: number): boolean {
  for (let d = 0; d < n; d++) {
    const h = gold[d]!;
    const lo = Math.min(h, d);
    const hi = Math.max(h, d);
    for (let k = lo + 1; k < hi; k++) {
      // Every word between a head and its dependent must descend from the head.
      let a = k;
      let steps = 0;
      while (a !== h && a < n && steps++ <= n) a = gold[a]!;
      if (a !== h) return false;
    }
  }
  return true;
}
