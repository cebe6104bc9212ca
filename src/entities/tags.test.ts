import { describe, expect, it } from 'vitest';
import { isEdited } from './recognizer.js';
import { bilouTags, bilouToSpans, decodeStep, spansToBilou, transitions } from './tags.js';

const TAGS = bilouTags(['PER', 'LOC']);
const index = new Map(TAGS.map((t, i) => [t, i]));
const allowed = transitions(TAGS);
const scores = (best: string) => Float64Array.from(TAGS, (t) => (t === best ? 1 : 0));

describe('BILOU tags', () => {
  it('round-trips spans', () => {
    const spans = [{ start: 0, end: 1, type: 'PER' }, { start: 2, end: 5, type: 'LOC' }];
    const tags = spansToBilou(spans, 6);
    expect(tags).toEqual(['U-PER', 'O', 'B-LOC', 'I-LOC', 'L-LOC', 'O']);
    expect(bilouToSpans(tags)).toEqual(spans);
  });

  it('allows only I- or L- of the same type inside a name, and no open name at the end', () => {
    expect(allowed(index.get('B-PER')!, index.get('L-PER')!, false)).toBe(true);
    expect(allowed(index.get('B-PER')!, index.get('L-LOC')!, false)).toBe(false);
    expect(allowed(index.get('B-PER')!, index.get('O')!, false)).toBe(false);
    expect(allowed(-1, index.get('B-PER')!, true)).toBe(false);
  });

  it('closes a name when the best tag would not continue it, instead of running on', () => {
    const out = [index.get('B-LOC')!, index.get('I-LOC')!];
    const tag = decodeStep(TAGS, scores('O'), out, 2, false, allowed, index);
    expect(TAGS[tag]).toBe('O');
    expect(out.map((t) => TAGS[t])).toEqual(['B-LOC', 'L-LOC']);
  });
});

describe('isEdited', () => {
  const s = (text: string) => ({ words: text.split(' '), upos: [], xpos: [] });
  it('takes sentences that begin with capitals as edited text', () => {
    expect(isEdited([s('Rouhani met Hussein .'), s('He said so .')])).toBe(true);
  });
  it('does not take forum text with lower-case sentences or "i" as edited', () => {
    expect(isEdited([s('i went to tampa bay .'), s('It was fun .')])).toBe(false);
    expect(isEdited([s('went to tampa .'), s('great food .')])).toBe(false);
  });
});
