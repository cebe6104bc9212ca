import { describe, expect, it } from 'vitest';
import { parseConllu, writeConllu } from './conllu.js';

const SAMPLE = `# newdoc id = doc1
# sent_id = s1
# text = I don't know.
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
4.1\tx\tx\tX\tX\t_\t_\t_\t_\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
`;

describe('CoNLL-U', () => {
  it('reads words, multiword tokens, heads and paragraph marks, and drops empty nodes', () => {
    const [s] = parseConllu(SAMPLE);
    expect(s!.words.map((w) => w.form)).toEqual(['I', 'do', "n't", 'know', '.']);
    expect(s!.words.map((w) => w.head)).toEqual([3, 3, 3, -1, 3]);
    expect(s!.tokens.map((t) => [t.form, t.words, t.spaceAfter])).toEqual([['I', 1, true], ["don't", 2, true], ['know', 1, false], ['.', 1, true]]);
    expect([s!.newDoc, s!.newPar, s!.docId]).toEqual([true, true, 'doc1']);
  });

  it('writes back what it read', () => {
    const again = parseConllu(writeConllu(parseConllu(SAMPLE)));
    expect(again).toEqual(parseConllu(SAMPLE).map((s) => ({ ...s, newDoc: false, newPar: false, docId: '' })));
  });
});
