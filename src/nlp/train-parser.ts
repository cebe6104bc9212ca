import { argmax, PerceptronTrainer, Weights, type WeightsData } from './perceptron.js';
import { encodeSentence, MAX_PARSER_FEATURES, parserFeatures, type SentenceCodes } from './parser-features.js';
import { encodeUpos, labelFeatures, MAX_LABEL_FEATURES, treeOf } from './labeler-features.js';
import { ACTIONS, isProjective, SHIFT, State } from './transitions.js';
import { labelArc, type ParserMeta } from './parser.js';

export interface ParserExample {
  words: string[];
  upos: string[];
  xpos: string[];
  /** Gold heads, -1 for the root. */
  head: number[];
  rel: string[];
}

export interface TrainParserOptions {
  epochs?: number;
  labelEpochs?: number;
  actionBits?: number;
  labelBits?: number;
  /** Probability of following the model's own (possibly wrong) transition after the first epoch. */
  explore?: number;
  seed?: number;
  log?: (line: string) => void;
}

function random(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

interface Prepared {
  e: ParserExample;
  n: number;
  /** Gold heads, n for the root. */
  gold: Int32Array;
  codes: SentenceCodes;
  projective: boolean;
}

function prepareExamples(examples: readonly ParserExample[]): Prepared[] {
  return examples.map((e) => {
    const n = e.words.length;
    const gold = Int32Array.from(e.head, (h) => (h < 0 ? n : h));
    return { e, n, gold, codes: encodeSentence(e.words, e.xpos, e.upos), projective: isProjective(gold, n) };
  });
}

/** The labels of the examples' arcs, sorted: the labeller's classes. */
function labelSetOf(examples: readonly ParserExample[]): string[] {
  return [...new Set(examples.flatMap((e) => e.rel))].sort();
}

/** Trains the arc labeller on the gold trees (with the examples' tags). */
function labellerOn(prepared: readonly Prepared[], labelSet: readonly string[], rand: () => number, labelEpochs: number, labelBits: number, log: (line: string) => void): WeightsData {
  const labelIndex = new Map(labelSet.map((l, i) => [l, i]));
  const labeler = new PerceptronTrainer(labelBits, labelSet.length);
  const lfeats = new Int32Array(MAX_LABEL_FEATURES + 40);
  const lscores = new Float64Array(labelSet.length);
  const all = prepared.map((_, i) => i);
  for (let epoch = 0; epoch < labelEpochs; epoch++) {
    shuffle(all, rand);
    let right = 0;
    let total = 0;
    for (const i of all) {
      const { e, n, gold, codes } = prepared[i]!;
      const tree = treeOf(gold, n);
      const u = encodeUpos(e.upos);
      for (let d = 0; d < n; d++) {
        const k = labelFeatures(codes, u, tree, n, d, lfeats);
        labeler.score(lfeats, k, lscores);
        const g = labelIndex.get(e.rel[d]!)!;
        const p = argmax(lscores, labelSet.length);
        labeler.update(lfeats, k, g, p);
        if (p === g) right++;
        total++;
      }
    }
    log(`labeller epoch ${epoch + 1}/${labelEpochs}: training accuracy ${((100 * right) / total).toFixed(2)} %`);
  }
  return labeler.finish(0.5);
}

/**
 * Trains the transition classifier with the dynamic oracle (error exploration
 * after the first epoch) and the arc labeller on gold trees. Non-projective
 * trees are left out of the transition training; the labeller sees them all.
 */
export function trainParser(examples: readonly ParserExample[], options: TrainParserOptions = {}): { meta: ParserMeta; actions: WeightsData; labels: WeightsData } {
  const { epochs = 15, labelEpochs = 8, actionBits = 23, labelBits = 19, explore = 0.9, seed = 7, log = () => {} } = options;
  const rand = random(seed);
  const labelSet = labelSetOf(examples);
  const prepared = prepareExamples(examples);
  const projective = prepared.filter((p) => p.projective);
  log(`parser: ${projective.length} of ${prepared.length} training trees are projective`);

  const labels = labellerOn(prepared, labelSet, rand, labelEpochs, labelBits, log);
  const labelWeights = new Weights(labels);
  const rootLabel = labelSet.indexOf('root');
  const arcFeats = new Int32Array(MAX_LABEL_FEATURES + 40);
  const arcScores = new Float64Array(labelSet.length);

  const trainer = new PerceptronTrainer(actionBits, ACTIONS);
  const feats = new Int32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(ACTIONS);
  const costs = new Int32Array(ACTIONS);
  const order = projective.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, rand);
    let right = 0;
    let arcs = 0;
    for (const i of order) {
      const { e, n, gold, codes } = projective[i]!;
      const upos = encodeUpos(e.upos);
      const st = new State(n);
      while (!st.done) {
        const k = parserFeatures(st, codes, feats);
        trainer.score(feats, k, scores);
        let minCost = Infinity;
        for (let a = 0; a < ACTIONS; a++) {
          costs[a] = st.legal(a) ? st.cost(a, gold) : -1;
          if (costs[a]! >= 0 && costs[a]! < minCost) minCost = costs[a]!;
        }
        const predicted = argmax(scores, ACTIONS, (a) => costs[a]! >= 0);
        let next = predicted;
        if (costs[predicted] !== minCost) {
          const best = argmax(scores, ACTIONS, (a) => costs[a] === minCost);
          trainer.update(feats, k, best, predicted);
          if (!(epoch > 0 && rand() < explore)) next = best;
        } else trainer.update(feats, k, predicted, predicted);
        st.apply(next);
        if (next !== SHIFT) labelArc(st, codes, upos, labelWeights, arcFeats, arcScores, rootLabel);
      }
      for (let d = 0; d < n; d++) if (st.head[d] === gold[d]) right++;
      arcs += n;
    }
    log(`parser epoch ${epoch + 1}/${epochs}: training UAS ${((100 * right) / arcs).toFixed(2)} %`);
  }
  const actions = trainer.finish(0.5);

  return { meta: { labels: labelSet }, actions, labels };
}
