import { describe, expect, it } from 'vitest';
import { segment, type BoundaryDecider } from './sentences.js';

function sentences(text: string, paragraphs = [{ start: 0, end: text.length }], decide?: BoundaryDecider) {
  const { words, sentences } = segment(text, paragraphs, decide);
  return sentences.map(({ first, last }) => text.slice(words[first]!.start, words[last - 1]!.end));
}

describe('segment', () => {
  it('does not end a sentence inside a domain or after a title', () => {
    expect(sentences('Rouhani was quoted by President.ir on Wednesday. Mr. Zarif agreed.')).toEqual(['Rouhani was quoted by President.ir on Wednesday.', 'Mr. Zarif agreed.']);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(sentences('He said: “We will go.” Then he left.')).toEqual(['He said: “We will go.”', 'Then he left.']);
  });

  it('does not split a quoted question from its reporting clause', () => {
    expect(sentences('"Why now?" he asked. Nobody answered.')).toEqual(['"Why now?" he asked.', 'Nobody answered.']);
  });

  it('never lets a sentence cross a paragraph, even without a final period', () => {
    const text = '“These ties have surpassed the two countries\n\nIran supports Iraq, he added.';
    expect(sentences(text, [{ start: 0, end: 44 }, { start: 46, end: text.length }])).toEqual(['“These ties have surpassed the two countries', 'Iran supports Iraq, he added.']);
  });

  it('ends a sentence after an abbreviation when a usual opener follows', () => {
    expect(sentences('Troops left the U.S. The talks went on.')).toEqual(['Troops left the U.S.', 'The talks went on.']);
    expect(sentences('The U.S. President spoke.')).toEqual(['The U.S. President spoke.']);
  });

  it('lets no boundary without punctuation split a word or, on one line, a name running on in capitals', () => {
    // A decider that ends a sentence at every gap, as the learned one may where a signature or a list has no punctuation.
    const everyGap: BoundaryDecider = (words) => Uint8Array.from(words, () => 1);
    const text = 'Labour MP Tom Watson met SARS-CoV-2 experts at 10:20 AM Richard said\nJohn Smith\nVP Sales';
    const split = sentences(text, [{ start: 0, end: text.length }], everyGap);
    expect(split).toContain('Labour MP Tom Watson');
    expect(split).toContain('SARS-CoV-2');
    expect(split).toContain('Richard');
    expect(split).toContain('John Smith');
    expect(split).toContain('VP Sales');
  });
});
