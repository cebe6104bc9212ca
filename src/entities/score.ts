import { toSpans } from './iob.js';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface SpanScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-span precision, recall and F1 per type and overall (conlleval's measure) over IOB2 tag sequences. */
export function scoreIob(gold: ReadonlyArray<readonly string[]>, predicted: ReadonlyArray<readonly string[]>, types?: readonly string[]): Record<string, SpanScore> {
  const counts = new Map<string, Counts>();
  const bump = (type: string, key: keyof Counts) => {
    for (const k of [type, 'ALL']) {
      const c = counts.get(k) ?? { gold: 0, predicted: 0, correct: 0 };
      c[key]++;
      counts.set(k, c);
    }
  };
  const keep = (type: string) => !types || types.includes(type);
  gold.forEach((tags, s) => {
    const g = toSpans(tags).filter((x) => keep(x.type));
    const p = toSpans(predicted[s]!).filter((x) => keep(x.type));
    const goldKeys = new Set(g.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const x of g) bump(x.type, 'gold');
    for (const x of p) {
      bump(x.type, 'predicted');
      if (goldKeys.has(`${x.start}:${x.end}:${x.type}`)) bump(x.type, 'correct');
    }
  });
  const out: Record<string, SpanScore> = {};
  for (const [type, c] of counts) {
    const precision = c.predicted ? c.correct / c.predicted : 0;
    const recall = c.gold ? c.correct / c.gold : 0;
    out[type] = { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return out;
}
