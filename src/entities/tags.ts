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
  return (prev, next, last) => {
    const inside = prev >= 0 && (prefix[prev] === 'B' || prefix[prev] === 'I');
    const p = prefix[next];
    if (inside) return (p === 'I' && !last || p === 'L') && type[next] === type[prev];
    return p === 'O' || p === 'U' || (p === 'B' && !last);
  };
}
