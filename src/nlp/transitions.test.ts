import { describe, expect, it } from 'vitest';
import { ACTIONS, isProjective, LEFT, RIGHT, SHIFT, State } from './transitions.js';

// "Rouhani said Iran rejects intervention": said is the root.
const GOLD = Int32Array.from([1, 5, 3, 1, 3]);

function followOracle(gold: Int32Array): State {
  const st = new State(gold.length);
  while (!st.done) {
    const zero = [SHIFT, LEFT, RIGHT].find((a) => st.legal(a) && st.cost(a, gold) === 0);
    if (zero === undefined) throw new Error('No zero-cost transition');
    st.apply(zero);
  }
  return st;
}

describe('arc-hybrid transitions', () => {
  it('SHIFT pushes, LEFT attaches s0 to b0, RIGHT attaches s0 to s1', () => {
    const st = new State(3);
    st.apply(SHIFT);
    expect([st.s(0), st.buf(0)]).toEqual([0, 1]);
    st.apply(LEFT);
    expect(st.head[0]).toBe(1);
    st.apply(SHIFT);
    st.apply(SHIFT);
    st.apply(RIGHT);
    expect(st.head[2]).toBe(1);
    expect(st.lc1[1]).toBe(0);
    expect(st.rc1[1]).toBe(2);
  });

  it('lets the root take its dependent only when the buffer is empty', () => {
    const st = new State(2);
    st.apply(SHIFT);
    expect(st.legal(RIGHT)).toBe(false);
    st.apply(SHIFT);
    expect(st.legal(RIGHT)).toBe(true);
    st.apply(RIGHT);
    st.apply(RIGHT);
    expect(st.done).toBe(true);
    expect(Array.from(st.head.subarray(0, 2))).toEqual([2, 0]);
  });

  it('rebuilds a projective tree by following zero-cost transitions', () => {
    expect(Array.from(followOracle(GOLD).head.subarray(0, 5))).toEqual(Array.from(GOLD));
  });

  it('charges the gold arcs a wrong transition loses', () => {
    const st = new State(5);
    st.apply(SHIFT); // Rouhani
    expect(st.cost(RIGHT, GOLD)).toBeGreaterThan(0);
    st.apply(SHIFT); // said: Rouhani's head is lost if said is shifted over it
    expect(st.cost(SHIFT, GOLD) + st.cost(LEFT, GOLD)).toBeGreaterThan(0);
    expect(ACTIONS).toBe(3);
  });

  it('finds the best reachable tree after a mistake (dynamic oracle)', () => {
    const st = new State(5);
    st.apply(SHIFT);
    st.apply(SHIFT); // wrong: Rouhani should have attached to said first, and now said cannot reach the root either
    while (!st.done) {
      const legal = [SHIFT, LEFT, RIGHT].filter((a) => st.legal(a));
      const best = legal.reduce((a, b) => (st.cost(b, GOLD) < st.cost(a, GOLD) ? b : a));
      st.apply(best);
    }
    const right = Array.from(st.head.subarray(0, 5)).filter((h, i) => h === GOLD[i]).length;
    expect(right).toBe(3);
  });

  it('tells projective trees from crossing ones', () => {
    expect(isProjective(GOLD, 5)).toBe(true);
    expect(isProjective(Int32Array.from([2, 3, 4, 4]), 4)).toBe(false);
  });
});
