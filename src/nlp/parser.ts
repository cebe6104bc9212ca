import { argmax, Weights } from './perceptron.js';
import { encodeSentence, jointFeatures, MAX_PARSER_FEATURES, parserFeatures, POSITIONS, positionsOf, type SentenceCodes, wordAtFeatures } from './parser-features.js';
import { encodeUpos, labelFeatures, laterLabelFeatures, MAX_LABEL_FEATURES, stableLabelFeatures } from './labeler-features.js';
import { ACTIONS, SHIFT, State } from './transitions.js';

export interface ParserMeta {
  labels: string[];
}

export interface Parse {
  /** Head of each word, -1 for the root. */
  head: number[];
  rel: string[];
}

/** Greedy arc-hybrid parser followed by an arc labeller. */
export class Parser {
  private readonly feats = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES + 40));
  private readonly scores = new Float64Array(ACTIONS);
  private readonly labelScores: Float64Array;
  private readonly rootLabel: number;
  private readonly notRoot: (c: number) => boolean;
  /** The labeller's scores of each word's stable features, kept from its attachment to the final labels. */
  private stable = new Float64Array(0);
  constructor(
    readonly meta: ParserMeta,
    private readonly actions: Weights,
    private readonly labels: Weights,
  ) {
    this.labelScores = new Float64Array(labels.classes);
    const rootLabel = meta.labels.indexOf('root');
    this.rootLabel = rootLabel;
    this.notRoot = (c) => c !== rootLabel;
  }

  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[]): Parse {
    const n = words.length;
    const L = this.labels.classes;
    const codes = encodeSentence(words, xpos, upos);
    const u = encodeUpos(upos);
    const st = new State(n);
    const { feats, scores, labelScores, labels, notRoot } = this;
    if (this.stable.length < n * L) this.stable = new Float64Array(n * L * 2);
    const stable = this.stable;
    const scoreState = this.actions.integer ? stateScorer(this.actions, codes, n, feats, scores) : () => {
      scores.fill(0);
      this.actions.score(feats, parserFeatures(st, codes, feats), scores);
    };
    while (!st.done) {
      scoreState(st);
      let action = -1;
      for (let a = 0; a < ACTIONS; a++) if (st.legal(a) && (action < 0 || scores[a]! > scores[action]!)) action = a;
      st.apply(action);
      if (action === SHIFT) continue;
      // Label the arc just made, so that later transitions see the labels of attached children.
      const d = st.lastAttached;
      if (st.head[d] === n) {
        st.label[d] = this.rootLabel;
        continue;
      }
      labelScores.fill(0);
      labels.score(feats, stableLabelFeatures(codes, u, st, n, d, feats), labelScores);
      stable.set(labelScores, d * L);
      labels.score(feats, laterLabelFeatures(codes, st, n, d, feats, 0), labelScores);
      st.label[d] = argmax(labelScores, L, notRoot);
    }
    for (const d of liftFromPunctuation(st, upos)) {
      if (st.head[d] === n) continue;
      labelScores.fill(0);
      labels.score(feats, stableLabelFeatures(codes, u, st, n, d, feats), labelScores);
      stable.set(labelScores, d * L);
    }
    // The final labels see the whole tree, which the labeller was trained on:
    // the stable features' scores plus those of the head's head and all siblings.
    const rel: string[] = [];
    for (let d = 0; d < n; d++) {
      if (st.head[d] === n) {
        rel.push('root');
        continue;
      }
      for (let c = 0; c < L; c++) labelScores[c] = stable[d * L + c]!;
      labels.score(feats, laterLabelFeatures(codes, st, n, d, feats, 0), labelScores);
      rel.push(this.meta.labels[argmax(labelScores, L, notRoot)]!);
    }
    return { head: Array.from(st.head.subarray(0, n), (h) => (h === n ? -1 : h)), rel };
  }
}

/**
 * Scores a state's actions into `scores`. The weights' integer sums add up exactly in any order, so those of the
 * features of one word alone at one position (`wordAtFeatures`) are summed once per word and position and kept:
 * a word stays at b0 while the words before it attach to it, and moves from b0 to s0 to s1.
 */
function stateScorer(actions: Weights, codes: SentenceCodes, n: number, feats: Int32Array, scores: Float64Array): (st: State) => void {
  const kept = new Int32Array(POSITIONS * (n + 2) * ACTIONS);
  const summed = new Uint8Array(POSITIONS * (n + 2));
  const acc = new Int32Array(ACTIONS);
  const one = new Int32Array(ACTIONS);
  const at = new Int32Array(POSITIONS);
  return (st) => {
    acc.fill(0);
    positionsOf(st, at);
    for (let p = 0; p < POSITIONS; p++) {
      const key = p * (n + 2) + at[p]!;
      if (!summed[key]) {
        one.fill(0);
        actions.sumInto(feats, wordAtFeatures(p, at[p]!, codes, feats, 0), one);
        kept.set(one, key * ACTIONS);
        summed[key] = 1;
      }
      for (let a = 0; a < ACTIONS; a++) acc[a]! += kept[key * ACTIONS + a]!;
    }
    actions.sumInto(feats, jointFeatures(st, codes, feats), acc);
    // The scale is positive: the integer sums rank the actions as the scores do.
    for (let a = 0; a < ACTIONS; a++) scores[a] = acc[a]!;
  };
}

/**
 * UD's punctuation marks are leaves (EWT train: 6 marks under another mark, no word under one, of 204,577 words);
 * a word the greedy parser leaves under one, when a name shifted over the comma before it has nothing else left
 * to attach to ("commanders, General Qasem Soleimani"), goes to the mark's own head and is labelled there afresh.
 * A mark that is itself the root keeps its word (the tree has one root).
 */
function liftFromPunctuation(st: State, upos: readonly string[]): Set<number> {
  const punct = (i: number) => i < st.n && upos[i] === 'PUNCT';
  // The words whose children change are scored again too: the lifted word, the mark and the new head.
  const changed = new Set<number>();
  for (let d = 0; d < st.n; d++) {
    const mark = st.head[d]!;
    if (punct(d) || !punct(mark)) continue;
    let h = mark;
    while (punct(h)) h = st.head[h]!;
    // Under the root itself it would be a second root: left where it is.
    if (h === st.n) continue;
    st.reattach(d, h);
    changed.add(d).add(mark).add(h);
  }
  return changed;
}

/** Labels the arc just made, so that later transitions can see the labels of attached children. */
export function labelArc(st: State, codes: SentenceCodes, upos: Int32Array, labels: Weights, feats: Int32Array, scores: Float64Array, rootLabel: number): void {
  const d = st.lastAttached;
  if (st.head[d] === st.n) {
    st.label[d] = rootLabel;
    return;
  }
  const k = labelFeatures(codes, upos, st, st.n, d, feats);
  scores.fill(0);
  labels.score(feats, k, scores);
  st.label[d] = argmax(scores, labels.classes, (c) => c !== rootLabel);
}
