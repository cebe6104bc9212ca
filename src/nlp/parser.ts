import { argmax, Weights } from './perceptron.js';
import { encodeSentence, MAX_PARSER_FEATURES, parserFeatures, type SentenceCodes } from './parser-features.js';
import { encodeUpos, labelFeatures, MAX_LABEL_FEATURES, treeOf } from './labeler-features.js';
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
  private readonly labelFeats = new Int32Array(MAX_LABEL_FEATURES + 40);
  constructor(
    readonly meta: ParserMeta,
    private readonly actions: Weights,
    private readonly labels: Weights,
  ) {}

  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[]): Parse {
    const n = words.length;
    const codes = encodeSentence(words, xpos, upos);
    const st = new State(n);
    const scores = new Float64Array(ACTIONS);
    const u = encodeUpos(upos);
    const labelScores = new Float64Array(this.labels.classes);
    const rootLabel = this.meta.labels.indexOf('root');
    const notRoot = (c: number) => c !== rootLabel;
    while (!st.done) {
      const k = parserFeatures(st, codes, this.feats);
      scores.fill(0);
      this.actions.score(this.feats, k, scores);
      let action = -1;
      for (let a = 0; a < ACTIONS; a++) if (st.legal(a) && (action < 0 || scores[a]! > scores[action]!)) action = a;
      st.apply(action);
      if (action !== SHIFT) labelArc(st, codes, u, this.labels, this.labelFeats, labelScores, rootLabel);
    }
    // The final labels come from the whole tree, which the labeller was trained on.
    const tree = treeOf(st.head, n);
    const rel: string[] = [];
    for (let d = 0; d < n; d++) {
      if (st.head[d] === n) {
        rel.push('root');
        continue;
      }
      const k = labelFeatures(codes, u, tree, n, d, this.feats);
      labelScores.fill(0);
      this.labels.score(this.feats, k, labelScores);
      rel.push(this.meta.labels[argmax(labelScores, this.labels.classes, notRoot)]!);
    }
    return { head: Array.from(st.head.subarray(0, n), (h) => (h === n ? -1 : h)), rel };
  }
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
