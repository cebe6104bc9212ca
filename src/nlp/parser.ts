import { argmax, Weights } from './perceptron.js';
import { encodeSentence, MAX_PARSER_FEATURES, parserFeatures } from './parser-features.js';
import { encodeUpos, labelFeatures, MAX_LABEL_FEATURES, treeOf } from './labeler-features.js';
import { ACTIONS, State } from './transitions.js';

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
  constructor(
    readonly meta: ParserMeta,
    private readonly actions: Weights,
    private readonly labels: Weights,
  ) {}

  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[]): Parse {
    const n = words.length;
    const codes = encodeSentence(words, xpos);
    const st = new State(n);
    const scores = new Float64Array(ACTIONS);
    const legal = (a: number) => st.legal(a);
    while (!st.done) {
      const k = parserFeatures(st, codes, this.feats);
      scores.fill(0);
      this.actions.score(this.feats, k, scores);
      st.apply(argmax(scores, ACTIONS, legal));
    }
    const tree = treeOf(st.head, n);
    const u = encodeUpos(upos);
    const labelScores = new Float64Array(this.labels.classes);
    const rootLabel = this.meta.labels.indexOf('root');
    const notRoot = (c: number) => c !== rootLabel;
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
