import { describe, expect, it } from 'vitest';
import { findMarkedQuotes } from './marks.js';

const quotes = (text: string, paragraphs = [{ start: 0, end: text.length }]) =>
  findMarkedQuotes(text, paragraphs).map((q) => ({ text: text.slice(q.start, q.end), closed: q.closed }));

describe('quotation marks', () => {
  it('pairs curly marks', () => {
    expect(quotes('“We will win,” he said.')).toEqual([{ text: 'We will win', closed: true }]);
  });

  it('pairs straight marks by their side', () => {
    expect(quotes('He called it "a disaster" and "a shame".')).toEqual([
      { text: 'a disaster', closed: true },
      { text: 'a shame', closed: true },
    ]);
  });

  it('ends a quote that is never closed with its paragraph', () => {
    const text = '“These commonalities connect us and Rouhani was quoted as saying.\n\nIran supports Iraq, he added.';
    expect(quotes(text, [{ start: 0, end: 65 }, { start: 67, end: text.length }])).toEqual([{ text: text.slice(1, 65), closed: false }]);
  });

  it('carries a quote into the next paragraph when that one opens with a mark', () => {
    const text = '“First part.\n\n“Second part,” she said.';
    const [q] = findMarkedQuotes(text, [{ start: 0, end: 12 }, { start: 14, end: text.length }]);
    expect(q).toMatchObject({ start: 1, closed: true });
    expect(text.slice(q!.start, q!.end)).toBe('First part.\n\n“Second part');
  });
});
