import { describe, expect, it } from 'vitest';
import { attachHyphenedParticiples } from './repair.js';

describe('a participle joined by a hyphen', () => {
  it('modifies the noun after it, and the object the parser gave it takes its place: "pursuing US-led forces’ withdrawal"', () => {
    const words = ['Baghdad', 'was', 'pursuing', 'US', '-', 'led', 'forces', '’', 'withdrawal', '.'];
    const xpos = ['NNP', 'VBD', 'VBG', 'NNP', 'HYPH', 'VBN', 'NNS', 'POS', 'NN', '.'];
    const head = [2, 2, -1, 5, 5, 2, 8, 6, 5, 2];
    const rel = ['nsubj', 'aux', 'root', 'obl:unmarked', 'punct', 'xcomp', 'nmod:poss', 'case', 'obj', 'punct'];
    attachHyphenedParticiples(words, xpos, head, rel);
    expect([head[5], rel[5]]).toEqual([6, 'amod']);
    expect([head[8], rel[8]]).toEqual([2, 'obj']);
  });

  it('leaves a parse that already has it as a modifier, and a participle that is no compound', () => {
    const head = [2, 2, 3, -1, 3];
    attachHyphenedParticiples(['Saudi', '-', 'led', 'forces', 'struck'], ['JJ', 'HYPH', 'VBN', 'NNS', 'VBD'], head, ['compound', 'punct', 'amod', 'root', 'acl']);
    expect(head).toEqual([2, 2, 3, -1, 3]);
    const other = [1, -1, 1, 2];
    attachHyphenedParticiples(['He', 'led', 'forces', 'home'], ['PRP', 'VBD', 'NNS', 'RB'], other, ['nsubj', 'root', 'obj', 'advmod']);
    expect(other).toEqual([1, -1, 1, 2]);
  });
});
