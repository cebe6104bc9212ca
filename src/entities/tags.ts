import type { TagSpan } from './iob.js';

// The recogniser predicts BILOU tags (begin, inside, last, unit, outside), which it turns into spans.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;

/** The tag set: "O", then B-, I-, L-, U- of each type. */
export function bilouTags(types: readonly string[]): string[] {
  return ['O', ...types.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
}

/** BILOU tags of spans over `length` tokens. */
export function spansToBilou(spans: readonly TagSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
    else for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : i === s.end - 1 ? 'L' : 'I'}-${s.type}`;
  }
  return tags;
}

/** Spans of a BILOU tag sequence (which the decoder keeps well formed). */
export function bilouToSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  tags.forEach((tag, i) => {
    const p = tag[0];
    if (p === 'U') spans.push({ start: i, end: i + 1, type: tag.slice(2) });
    else if (p === 'B') start = i;
    else if (p === 'L' && start >= 0) {
      spans.push({ start, end: i + 1, type: tag.slice(2) });
      start = -1;
    } else if (p === 'O') start = -1;
  });
  return spans;
}

/**
 * Which tags may follow which: inside a name only I- or L- of its type; outside, O, B- or U-; the last token of
 * a sentence cannot open or continue a name. `allowed(prev, next, last)` over tag indices.
 */
export function transitions(tags: readonly string[]): (prev: number, next: number, last: boolean) => boolean {
  const prefix = tags.map((t) => t[0]);
  const type = tags.map((t) => t.slice(2));
  const check = (prev: number, next: number, last: boolean) => {
    const inside = prev >= 0 && (prefix[prev] === 'B' || prefix[prev] === 'I');
    const p = prefix[next];
    if (inside) return ((p === 'I' && !last) || p === 'L') && type[next] === type[prev];
    return p === 'O' || p === 'U' || (p === 'B' && !last);
  };
  // A table: the decoder asks for every tag of every token.
  const C = tags.length;
  const table = new Uint8Array((C + 1) * C * 2);
  for (let prev = -1; prev < C; prev++) for (let next = 0; next < C; next++) for (const last of [false, true]) table[((prev + 1) * C + next) * 2 + Number(last)] = Number(check(prev, next, last));
  return (prev, next, last) => table[((prev + 1) * C + next) * 2 + (last ? 1 : 0)] === 1;
}

/**
 * One greedy step with repair: when inside a name the best tag overall would not continue it, the name is
 * closed at the previous token (its I- becomes L-, its B- becomes U-) and the best tag outside a name is taken,
 * so that one wrong continuation does not run on to the end of the sentence ("the Paris Agreement will slow …").
 * Returns the tag of token i; `out[i - 1]` may be rewritten.
 */
export function decodeStep(tags: readonly string[], scores: Float64Array, out: number[], i: number, last: boolean, allowed: (prev: number, next: number, last: boolean) => boolean, index: ReadonlyMap<string, number>): number {
  const prev = i > 0 ? out[i - 1]! : -1;
  let best = -1;
  for (let c = 0; c < tags.length; c++) if (best < 0 || scores[c]! > scores[best]!) best = c;
  if (!allowed(prev, best, last) && prev >= 0) {
    const p = tags[prev]!;
    const closed = p[0] === 'I' ? `L${p.slice(1)}` : p[0] === 'B' ? `U${p.slice(1)}` : null;
    const continuing = tags[best]![0] === 'I' || tags[best]![0] === 'L';
    if (closed && !continuing) {
      out[i - 1] = index.get(closed)!;
      return allowed(out[i - 1]!, best, last) ? best : pick(tags, scores, (c) => allowed(out[i - 1]!, c, last));
    }
  }
  return allowed(prev, best, last) ? best : pick(tags, scores, (c) => allowed(prev, c, last));
}

function pick(tags: readonly string[], scores: Float64Array, ok: (c: number) => boolean): number {
  let best = -1;
  for (let c = 0; c < tags.length; c++) if (ok(c) && (best < 0 || scores[c]! > scores[best]!)) best = c;
  return best;
}
