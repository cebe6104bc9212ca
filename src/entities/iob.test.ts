import { describe, expect, it } from 'vitest';
import { parseIob, toIob2, toSpans } from './iob.js';

describe('parseIob', () => {
  it('reads the Universal NER layout with its documents and sentence ids', () => {
    const text = '# newdoc id = a\n# sent_id = a-1\n# text = Fuad Hussein spoke\n1\tFuad\tB-PER\t-\t-\n2\tHussein\tI-PER\t-\t-\n3\tspoke\tO\t-\t-\n\n# newdoc id = b\n1\tIraq\tB-LOC\t-\t-\n';
    const sentences = parseIob(text);
    expect(sentences).toEqual([
      { words: ['Fuad', 'Hussein', 'spoke'], tags: ['B-PER', 'I-PER', 'O'], doc: 0, id: 'a-1' },
      { words: ['Iraq'], tags: ['B-LOC'], doc: 1 },
    ]);
  });

  it('reads the CoNLL-2003 layout: token first, tag last, -DOCSTART- between documents', () => {
    const text = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\n';
    const sentences = parseIob(text);
    expect(sentences.map((s) => [s.words, s.tags, s.doc])).toEqual([
      [['EU', 'rejects'], ['B-ORG', 'O'], 0],
      [['Peter'], ['B-PER'], 1],
    ]);
  });
});

describe('spans', () => {
  it('reads an I- tag after O as the start of a name, as conlleval does', () => {
    expect(toSpans(['O', 'I-PER', 'I-PER', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 1, end: 3, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'ORG' },
    ]);
  });

  it('writes spans back as IOB2', () => {
    expect(toIob2([{ start: 1, end: 3, type: 'PER' }], 4)).toEqual(['O', 'B-PER', 'I-PER', 'O']);
  });
});
