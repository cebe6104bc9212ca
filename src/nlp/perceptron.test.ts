import { describe, expect, it } from 'vitest';
import { averageWeights, PerceptronTrainer, Weights, type WeightsData } from './perceptron.js';
import { decodeModel, encodeModel, weightsArrays, weightsFrom } from './model-file.js';

/** A small trained model: random feature vectors, updates towards random classes. */
function trained(classes: number, bits: number): WeightsData {
  const trainer = new PerceptronTrainer(bits, classes);
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff);
  const feats = new Int32Array(12);
  const scores = new Float64Array(classes);
  for (let step = 0; step < 3000; step++) {
    for (let i = 0; i < feats.length; i++) feats[i] = rand();
    trainer.score(feats, feats.length, scores);
    trainer.update(feats, feats.length, rand() % classes, rand() % classes);
  }
  return trainer.finish(0.01);
}

/** What scoring means: the sum of each feature's weights, read straight from the (class, weight) pairs. */
function naive(data: WeightsData, value: (p: number) => number, features: Int32Array): number[] {
  const out = new Array<number>(data.classes).fill(0);
  const mask = (1 << data.bits) - 1;
  for (const f of features) {
    const r = data.slots.indexOf(f & mask);
    if (r < 0) continue;
    for (let p = data.rowStart[r]!; p < data.rowStart[r + 1]!; p++) out[data.cls[p]!]! += value(p);
  }
  return out;
}

describe('Weights', () => {
  for (const classes of [2, 3, 51]) {
    it(`scores ${classes} classes as the sum of the features' weights, in memory and read back from a model file`, () => {
      const data = trained(classes, 12);
      const file = decodeModel(encodeModel({}, weightsArrays('w', data))).arrays;
      const loaded = weightsFrom('w', data.bits, classes, file);
      const q = loaded.quantised!;
      let seed = 3;
      const features = Int32Array.from({ length: 40 }, () => (seed = (Math.imul(seed, 48271) + 11) | 0));
      // A feature vector that repeats some features, with others that have no weights.
      features.set(features.subarray(0, 10), 30);
      const scores = new Float64Array(classes);
      new Weights(data).score(features, features.length, scores);
      expect(Array.from(scores)).toEqual(naive(data, (p) => data.val[p]!, features));
      expect(scores.some((x) => x !== 0)).toBe(true);
      scores.fill(0);
      new Weights(loaded).score(features, features.length, scores);
      // Quantised weights: the exact integer sum of each class, times the scale.
      expect(Array.from(scores)).toEqual(naive(data, (p) => q.q[p]!, features).map((sum) => sum * q.scale));
      // The integer sums themselves, added to what is there: the features in two parts give the whole.
      const sums = new Int32Array(classes);
      const integer = new Weights(loaded);
      integer.sumInto(features.subarray(0, 25), 25, sums);
      integer.sumInto(features.subarray(25), 15, sums);
      expect(Array.from(sums)).toEqual(naive(data, (p) => q.q[p]!, features));
      expect(() => new Weights(data).sumInto(features, 1, sums)).toThrow(/quantised/);
      expect(loaded.val[5]).toBe(Math.fround(q.q[5]! * q.scale));
    });
  }
});

describe('averageWeights', () => {
  const model = (rows: Array<[number, Array<[number, number]>]>): WeightsData => ({
    bits: 4,
    classes: 3,
    slots: Uint32Array.from(rows.map(([slot]) => slot)),
    rowStart: Uint32Array.from([0, ...rows.map((_, i) => rows.slice(0, i + 1).reduce((n, [, pairs]) => n + pairs.length, 0))]),
    cls: Uint8Array.from(rows.flatMap(([, pairs]) => pairs.map(([c]) => c))),
    val: Float32Array.from(rows.flatMap(([, pairs]) => pairs.map(([, v]) => v))),
  });

  it('scores as the mean of the models, and drops the weights the mean makes small', () => {
    const a = model([[1, [[0, 2], [2, -4]]], [5, [[1, 1]]]]);
    const b = model([[1, [[0, 4]]], [9, [[2, 0.5]]]]);
    const mean = averageWeights([a, b], 0.3);
    const scores = new Float64Array(3);
    new Weights(mean).score(Int32Array.from([1, 5, 9]), 3, scores);
    expect([...scores]).toEqual([3, 0.5, -2]);
    expect([...mean.slots]).toEqual([1, 5]);
  });
});
